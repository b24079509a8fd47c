/* <check-reminder>: shows its notice when the learner's delayed check is due. */
import { nextStep } from '../utils/check/attempts';
import { openCheckStore } from '../utils/check/check-store';

customElements.define(
  'check-reminder',
  class extends HTMLElement {
    connectedCallback() {
      const step = nextStep(openCheckStore(() => localStorage).section, new Date(), Math.random);
      this.querySelector<HTMLElement>('.check-reminder')!.hidden = !(
        step.kind === 'take' && step.attempt === 3
      );
    }
  },
);
