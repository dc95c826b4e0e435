import { Link } from '../../../lib/router.tsx';
import { ErrorAlert, Spinner } from '../../../components/feedback.tsx';
import { useSetupCounts } from '../api/get-counts.ts';
import './setup.css';

interface Step { done: boolean; title: string; text: string; to: string; action: string }

/** The empty state after first run: what the deployment still lacks, in the order a planner needs it. */
export function WelcomePage() {
  const q = useSetupCounts();
  if (q.status === 'loading' || q.status === 'idle') return <main className="welcome"><Spinner label="Looking at what the planner holds…" /></main>;
  if (!q.data) return <main className="welcome"><ErrorAlert error={q.error} title="Could not read the planner's data" /></main>;
  const c = q.data;
  const steps: Step[] = [
    { done: c.airports > 0, title: 'Import airports', text: c.airports ? `${c.airports} airports.` : 'Airports with their country, zone, runway and departures per hour (CSV).', to: '/import', action: 'Import airports' },
    { done: c.areas > 0, title: 'Import assembly areas', text: c.areas ? `${c.areas} assembly areas.` : 'Where residents gather, with resident counts by priority (CSV).', to: '/import', action: 'Import areas' },
    { done: c.accounts > 1, title: 'Add accounts', text: c.accounts > 1 ? `${c.accounts} accounts.` : 'Other planners, readers, and a liaison for each partner nation or airline.', to: '/accounts', action: 'Manage accounts' },
    { done: c.partners > 0, title: 'Collect lift offers', text: c.partners ? `${c.partners} partners.` : 'Partners and their liaisons submit offers; you accept or decline them in the inbox (offers can also be imported).', to: '/offers', action: 'Lift offers' },
    { done: c.scenarios > 0, title: 'Build a plan', text: c.scenarios ? `${c.scenarios} scenarios.` : 'Create a scenario with its access rules, then run the matcher on the map.', to: '/', action: 'Map planner' },
  ];
  const next = steps.find((s) => !s.done);
  return (
    <main className="welcome">
      <h1>Getting started</h1>
      <p className="muted">{next ? `The planner is set up. Next: ${next.title.toLowerCase()}.` : 'Everything is in place: build and approve plans on the map.'}</p>
      <ol className="steps">
        {steps.map((s) => (
          <li key={s.title} className={s.done ? 'step step-done' : s === next ? 'step step-next' : 'step'}>
            <span className="step-mark" aria-hidden="true">{s.done ? '✓' : ''}</span>
            <div className="step-body">
              <h2>{s.title}{s.done && <span className="visually-hidden"> (done)</span>}</h2>
              <p>{s.text}</p>
            </div>
            <Link to={s.to} className={s === next ? 'btn btn-primary' : 'btn'}>{s.action}</Link>
          </li>
        ))}
      </ol>
    </main>
  );
}
