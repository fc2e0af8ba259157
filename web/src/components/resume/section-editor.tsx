import { ArrowDown, ArrowUp, Eye, EyeOff, Plus } from 'lucide-react';
import type { KeyboardEvent } from 'react';
import type { TResumeContent, TResumeItem, TResumeSection } from '../../../../contracts/resumes';
import { Button } from '../ui/button';
import { Input } from '../ui/input';
import { Label } from '../ui/label';
import { Textarea } from '../ui/textarea';

type Change = (content: TResumeContent) => void;

function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}

const newItem = (): TResumeItem => ({
  id: `manual-${crypto.randomUUID()}`,
  sourceId: null,
  title: 'New item',
  subtitle: null,
  location: null,
  startDate: null,
  endDate: null,
  ongoing: false,
  summary: null,
  highlights: [],
  url: null,
  keywords: [],
  level: null,
  hidden: false,
});

/**
 * The editing panel: sections in order (up/down buttons, or Alt+Arrow keys on a section), hide
 * and show, wording of the summary and of each item. Read-only for the generated resume.
 */
export function SectionEditor({
  content,
  onChange,
  readOnly,
}: {
  content: TResumeContent;
  onChange: Change;
  readOnly: boolean;
}) {
  const setSection = (index: number, section: TResumeSection) =>
    onChange({ ...content, sections: content.sections.map((s, i) => (i === index ? section : s)) });
  const reorder = (from: number, to: number) =>
    onChange({ ...content, sections: move(content.sections, from, to) });
  const onKey = (index: number) => (event: KeyboardEvent) => {
    if (!event.altKey) return;
    if (event.key === 'ArrowUp') reorder(index, index - 1);
    if (event.key === 'ArrowDown') reorder(index, index + 1);
  };

  return (
    <div className="space-y-4">
      <div className="space-y-1.5">
        <Label htmlFor="resume-summary">Summary</Label>
        <Textarea
          id="resume-summary"
          value={content.summary ?? ''}
          readOnly={readOnly}
          rows={4}
          onChange={(e) => onChange({ ...content, summary: e.target.value || null })}
        />
      </div>
      {content.sections.map((section, index) => (
        <fieldset
          key={section.kind}
          className="rounded-lg border p-3"
          aria-label={section.title}
          onKeyDown={readOnly ? undefined : onKey(index)}
        >
          <div className="flex items-center gap-1">
            <legend
              className={
                section.hidden
                  ? 'flex-1 font-semibold line-through opacity-60'
                  : 'flex-1 font-semibold'
              }
            >
              {section.title}
            </legend>
            {readOnly ? null : (
              <>
                <Button
                  size="icon"
                  variant="ghost"
                  aria-label={`Move ${section.title} up`}
                  disabled={index === 0}
                  onClick={() => reorder(index, index - 1)}
                >
                  <ArrowUp aria-hidden="true" />
                </Button>
                <Button
                  size="icon"
                  variant="ghost"
                  aria-label={`Move ${section.title} down`}
                  disabled={index === content.sections.length - 1}
                  onClick={() => reorder(index, index + 1)}
                >
                  <ArrowDown aria-hidden="true" />
                </Button>
                <Button
                  size="icon"
                  variant="ghost"
                  aria-label={`${section.hidden ? 'Show' : 'Hide'} ${section.title}`}
                  onClick={() => setSection(index, { ...section, hidden: !section.hidden })}
                >
                  {section.hidden ? <EyeOff aria-hidden="true" /> : <Eye aria-hidden="true" />}
                </Button>
              </>
            )}
          </div>
          <ul className="mt-2 space-y-3">
            {section.items.map((item, itemIndex) => (
              <ItemEditor
                key={item.id}
                item={item}
                readOnly={readOnly}
                onChange={(next) =>
                  setSection(index, {
                    ...section,
                    items: section.items.map((it, i) => (i === itemIndex ? next : it)),
                  })
                }
              />
            ))}
          </ul>
          {readOnly ? null : (
            <Button
              size="sm"
              variant="outline"
              className="mt-3"
              onClick={() =>
                setSection(index, { ...section, items: [...section.items, newItem()] })
              }
            >
              <Plus aria-hidden="true" />
              Add an item
            </Button>
          )}
        </fieldset>
      ))}
    </div>
  );
}

function ItemEditor({
  item,
  onChange,
  readOnly,
}: {
  item: TResumeItem;
  onChange: (item: TResumeItem) => void;
  readOnly: boolean;
}) {
  return (
    <li className={item.hidden ? 'space-y-1.5 opacity-60' : 'space-y-1.5'}>
      <div className="flex gap-1">
        <Input
          aria-label="Title"
          value={item.title}
          readOnly={readOnly}
          onChange={(e) => onChange({ ...item, title: e.target.value })}
        />
        {readOnly ? null : (
          <Button
            size="icon"
            variant="ghost"
            aria-label={`${item.hidden ? 'Show' : 'Hide'} ${item.title}`}
            onClick={() => onChange({ ...item, hidden: !item.hidden })}
          >
            {item.hidden ? <EyeOff aria-hidden="true" /> : <Eye aria-hidden="true" />}
          </Button>
        )}
      </div>
      <Input
        aria-label="Subtitle"
        placeholder="Organisation"
        value={item.subtitle ?? ''}
        readOnly={readOnly}
        onChange={(e) => onChange({ ...item, subtitle: e.target.value || null })}
      />
      <Textarea
        aria-label="Highlights, one a line"
        placeholder="Highlights, one a line"
        rows={Math.max(2, item.highlights.length)}
        value={item.highlights.join('\n')}
        readOnly={readOnly}
        onChange={(e) => onChange({ ...item, highlights: e.target.value.split('\n') })}
      />
    </li>
  );
}
