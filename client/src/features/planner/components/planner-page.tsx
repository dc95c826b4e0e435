export function PlannerPage() {
  return <main className="page-reserved"><h1>Map planner</h1></main>;
}
