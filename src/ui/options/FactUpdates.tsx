// The options page's fact-base section: the base in use and where it came from, the update
// address, "Check now", and the last check and last refusal (src/background/fact-base-store.ts
// does the work; docs/fact-base.md, "Publishing updates").
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_FACTS_UPDATE_URL, factsUpdateLogItem, factsUpdateUrlSetting, type UpdateCheck } from '../../facts/updates';
import { sendMessage } from '../../messaging';
import { formatDate } from '../popup/format';
import { FactBaseOrigin, useFactBaseInUse } from '../popup/FactBaseStatus';
import { useSetting } from '../use-setting';

const OUTCOME_LABELS: Record<UpdateCheck['outcome'], string> = {
  installed: 'Updated',
  current: 'Up to date',
  refused: 'Refused',
  unreachable: 'Not reached',
};

const when = (iso: string) => new Date(iso).toLocaleString();

/** An http(s) address, or why not. */
function addressProblem(value: string): string | null {
  try {
    return /^https?:$/.test(new URL(value).protocol) ? null : 'Use an http(s) address.';
  } catch {
    return 'Not an address.';
  }
}

export function FactUpdates() {
  const [log] = useSetting(factsUpdateLogItem);
  // Re-ask the background what is in use whenever a check has finished.
  const inUse = useFactBaseInUse(log?.lastCheck?.at);
  const [address, setAddress] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    void factsUpdateUrlSetting.getValue().then(setAddress);
  }, []);

  async function save(event: Event) {
    event.preventDefault();
    const value = address.trim() || DEFAULT_FACTS_UPDATE_URL;
    const problem = addressProblem(value);
    if (problem) return setNote(problem);
    await factsUpdateUrlSetting.setValue(value);
    setAddress(value);
    setNote('Saved.');
  }

  async function checkNow() {
    setChecking(true);
    setNote(null);
    try {
      await sendMessage('checkFactUpdates', undefined);
    } catch (error) {
      setNote(`The check failed: ${(error as Error).message}`);
    } finally {
      setChecking(false);
    }
  }

  const last = log?.lastCheck;
  const refusal = log?.lastRefusal;
  return (
    <section aria-labelledby="facts-heading" class="fact-updates">
      <h2 id="facts-heading">Fact base</h2>
      <p class="fact-base-in-use">
        {inUse ? (
          <>
            In use: version <strong class="fact-base-version">{inUse.version}</strong>, checked through{' '}
            <time dateTime={inUse.checkedThrough}>{formatDate(inUse.checkedThrough)}</time>, <FactBaseOrigin info={inUse} />
            {inUse.url && <span class="detail"> from {inUse.url}</span>}.
          </>
        ) : (
          'Asking the background…'
        )}
      </p>
      <p class="detail">
        Corrected facts are published as signed files. Factmark checks the address below when the browser starts and once a day, and takes a
        file only if it is signed with one of the maintainers’ keys, passes the same checks as the fact base built into the extension, and
        is newer than the one in use.
      </p>
      <form class="setting facts-update-url" onSubmit={save}>
        <label>
          Update address
          <input
            name="facts-update-url"
            type="text"
            value={address}
            onInput={(e) => {
              setAddress(e.currentTarget.value);
              setNote(null);
            }}
          />
        </label>
        <button type="submit">Save</button>
        <button type="button" class="check-now" disabled={checking} onClick={() => void checkNow()}>
          {checking ? 'Checking…' : 'Check now'}
        </button>
      </form>
      <p class="note" role="status">
        {note}
      </p>
      {last && (
        <p class={`last-check outcome-${last.outcome}`} data-at={last.at}>
          Last check, {when(last.at)}: <strong>{OUTCOME_LABELS[last.outcome]}</strong> — {last.message}
        </p>
      )}
      {refusal && (
        <p class="last-refusal">
          Last refused update, {when(refusal.at)}, from {refusal.url}: <span class="reason">{refusal.message}</span>
        </p>
      )}
    </section>
  );
}
