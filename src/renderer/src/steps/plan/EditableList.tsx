import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface EditableListProps<Item> {
  title: string;
  hint: string;
  items: Item[];
  max: number;
  emptyText: string;
  addLabel: string;
  removeLabel: (number: number) => string;
  limitMessage: string;
  onAdd: () => void;
  onRemove: (index: number) => void;
  renderItem: (item: Item, index: number) => ReactNode;
}

/**
 * A titled list of rows the people can add to and remove from by keyboard. Focus moves to the new row
 * after "Add", and to the next row (or the Add button) after "Remove", so nobody loses their place.
 */
export function EditableList<Item>({
  title,
  hint,
  items,
  max,
  emptyText,
  addLabel,
  removeLabel,
  limitMessage,
  onAdd,
  onRemove,
  renderItem,
}: EditableListProps<Item>) {
  const headingId = useId();
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<number | 'add' | null>(null);
  const [atLimit, setAtLimit] = useState(false);

  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    if (target === 'add') addButton.current?.focus();
    else list.current?.children[target]?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, [items.length]);

  const add = () => {
    if (items.length >= max) {
      setAtLimit(true);
      return;
    }
    focusNext.current = items.length;
    onAdd();
  };

  const remove = (index: number) => {
    setAtLimit(false);
    const remaining = items.length - 1;
    focusNext.current = remaining === 0 ? 'add' : Math.min(index, remaining - 1);
    onRemove(index);
  };

  return (
    <section className="plan-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="field-hint">{hint}</p>
      {items.length === 0 ? (
        <p className="plan-list__empty">{emptyText}</p>
      ) : (
        <ol className="plan-list" ref={list}>
          {items.map((item, index) => (
            // Rows have no identity of their own; position is what the labels ("Goal 2") name.
            <li className="plan-list__item" key={index}>
              <div className="plan-list__fields">
                {renderItem(item, index)}
              </div>
              <button type="button" className="button button-secondary button-small plan-list__remove" onClick={() => remove(index)}>
                {removeLabel(index + 1)}
              </button>
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="button button-secondary" ref={addButton} onClick={add}>
        <span aria-hidden="true">+ </span>
        {addLabel}
      </button>
      <p className="field-error plan-list__limit" role="status">
        {atLimit ? limitMessage : ''}
      </p>
    </section>
  );
}
