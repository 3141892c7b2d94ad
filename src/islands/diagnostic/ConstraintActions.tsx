/** What to do with a verdict: read the constraint's page (carrying the deciding answers), its guardrails, a probe. */
import type { DecidingAnswer } from '../../lib/diagnostic/scoring';
import { encodeWhy } from '../../lib/diagnostic/why';
import type { ConstraintInfo } from './types';

export default function ConstraintActions({
  info,
  deciding,
}: {
  info: ConstraintInfo;
  deciding: readonly DecidingAnswer[];
}) {
  return (
    <p class="tool-actions">
      <a class="button" href={deciding.length > 0 ? `${info.href}#${encodeWhy(deciding)}` : info.href} data-why-link>
        Read about {info.name}
      </a>
      <a class="button" href={info.guardrailsHref}>
        Guardrails for {info.name}
      </a>
      <a class="button" href={info.planHref} data-plan-probe>
        Plan a probe
      </a>
    </p>
  );
}
