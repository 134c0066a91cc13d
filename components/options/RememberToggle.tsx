/** The "Remember articles I compare" switch. */
export function RememberToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <section class="options-section" aria-labelledby="remember-heading">
      <h2 id="remember-heading">Remember</h2>
      <label class="toggle">
        <input type="checkbox" class="remember-toggle" checked={on} onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)} />
        Remember articles I compare
      </label>
      <p class="hint">Each article you compare is added to your corpus on this computer, so reading several outlets on one story builds the comparison by itself. Nothing is sent anywhere.</p>
    </section>
  );
}
