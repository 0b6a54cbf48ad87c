const DOWNLOADS = [
  {
    href: "/api/v1/me/reviews.csv",
    label: "Review history (CSV)",
    hint: "Every review in the FSRS optimizer's revlog columns: card_id, review_time, review_rating, review_state, review_duration.",
  },
  {
    href: "/api/v1/me/reviews.json",
    label: "Review history (JSON)",
    hint: "The same reviews with what you answered and where each came from (practice, an exam, an assignment).",
  },
  {
    href: "/api/v1/me/cards.txt",
    label: "Your cards as an Anki deck",
    hint: "A notes file Anki imports (File › Import): the question on the front; the answer, explanation and sources on the back.",
  },
  {
    href: "/api/v1/me/export.json",
    label: "Everything about you (JSON)",
    hint: "Your account, settings, cards, reviews, mock exams, classes and assignment answers.",
  },
];

/** Links that download the learner's own data; the API answers each with an attachment. */
export function YourData() {
  return (
    <section className="card stack" aria-labelledby="your-data">
      <h2 id="your-data">Your data</h2>
      <p className="muted small">Take your history to another app, or keep a copy. Each download holds only your own data.</p>
      <ul className="stack download-list">
        {DOWNLOADS.map((download) => (
          <li key={download.href}>
            <a href={download.href} download>
              {download.label}
            </a>
            <p className="field-hint">{download.hint}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
