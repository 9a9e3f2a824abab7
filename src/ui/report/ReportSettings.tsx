// The options page's report settings: where reports go, and the public-issue URL template.
import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { DEFAULT_INTAKE_URL, DEFAULT_ISSUE_URL_TEMPLATE, intakeUrlSetting, issueUrlTemplateSetting } from '../../report/settings';

function TextSetting({
  item,
  label,
  name,
  fallback,
  check,
}: {
  item: WxtStorageItem<string, Record<string, unknown>>;
  label: string;
  name: string;
  fallback: string;
  check(value: string): string | null;
}) {
  const [value, setValue] = useState('');
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    void item.getValue().then(setValue);
  }, [item]);
  async function save(event: Event) {
    event.preventDefault();
    const trimmed = value.trim() || fallback;
    const problem = check(trimmed);
    if (problem) return setNote(problem);
    await item.setValue(trimmed);
    setValue(trimmed);
    setNote('Saved.');
  }
  return (
    <form class={`setting ${name}`} onSubmit={save}>
      <label>
        {label}
        <input
          name={name}
          type="text"
          value={value}
          onInput={(e) => {
            setValue(e.currentTarget.value);
            setNote(null);
          }}
        />
      </label>
      <button type="submit">Save</button>
      {note && <span class="note">{note}</span>}
    </form>
  );
}

const checkHttpUrl = (value: string) => {
  try {
    return /^https?:$/.test(new URL(value).protocol) ? null : 'Use an http(s) address.';
  } catch {
    return 'Not an address.';
  }
};

export function ReportSettings() {
  return (
    <>
      <TextSetting
        item={intakeUrlSetting}
        name="intake-url"
        label="Maintainers’ intake server"
        fallback={DEFAULT_INTAKE_URL}
        check={checkHttpUrl}
      />
      <TextSetting
        item={issueUrlTemplateSetting}
        name="issue-template"
        label="Public issue address ({title} and {body} are filled in)"
        fallback={DEFAULT_ISSUE_URL_TEMPLATE}
        check={(value) => checkHttpUrl(value.replaceAll('{title}', 't').replaceAll('{body}', 'b'))}
      />
    </>
  );
}
