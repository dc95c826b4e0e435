/** Stands in for a feature another part of the team is building. */
export function ReservedPage({ title, text }: { title: string; text: string }) {
  return (
    <main className="page-reserved">
      <h1>{title}</h1>
      <p>{text}</p>
      <p className="muted">This page is not available yet.</p>
    </main>
  );
}
