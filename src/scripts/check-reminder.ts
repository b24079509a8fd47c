/*
 * <check-reminder> on "My progress": shows its notice when the learner's delayed check is due.
 * Importing check-section also registers the check's attempts with this page's progress
 * store, so an imported progress file merges them with the ones already here.
 */
import '../utils/check/check-section';
import { nextStep, sanitizeCheckSection } from '../utils/check/attempts';
import { peek } from '../utils/progress-peek';

customElements.define(
  'check-reminder',
  class extends HTMLElement {
    connectedCallback() {
      const update = () => {
        const step = nextStep(sanitizeCheckSection(peek().data.check), new Date(), Math.random);
        this.querySelector<HTMLElement>('.check-reminder')!.hidden = !(
          step.kind === 'take' && step.attempt === 3
        );
      };
      update();
      addEventListener('storage', update);
    }
  },
);
