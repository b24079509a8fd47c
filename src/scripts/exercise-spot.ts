/* <course-exercise-spot>: the technique at work in each marked phrase, or nothing. */
import { defineExercise } from './exercise-base';

defineExercise('spot', {});
