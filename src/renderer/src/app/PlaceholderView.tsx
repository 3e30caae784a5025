/** Stands in for a screen that has not been built yet. */
export function PlaceholderView({ title, message }: { title: string; message: string }) {
  return (
    <section className="placeholder-view">
      <h1>{title}</h1>
      <p>{message}</p>
    </section>
  )
}
