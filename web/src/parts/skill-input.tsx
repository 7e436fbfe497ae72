// Skills as removable chips, added through a combobox that suggests canonical names from the taxonomy
// (GET /api/skills). Arrow keys move through the suggestions, Enter adds, Backspace on empty removes.
import { useEffect, useId, useState } from "preact/hooks";
import { api } from "../api/client.ts";

interface Props {
  label: string;
  skills: string[];
  onChange: (skills: string[]) => void;
  hint?: string;
}

export function SkillInput({ label, skills, onChange, hint }: Props) {
  const id = useId();
  const [typed, setTyped] = useState("");
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const words = typed.trim();
    if (!words) {
      setSuggestions([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      api.GET("/api/skills", { params: { query: { q: words, limit: 8 } } }).then(({ data }) => {
        if (!current || !data) return;
        setSuggestions(data.items.map((s) => s.name).filter((name) => !skills.includes(name)));
        setActive(-1);
      });
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [typed, skills]);

  const add = (name: string) => {
    const skill = name.trim();
    if (skill && !skills.includes(skill)) onChange([...skills, skill]);
    setTyped("");
    setSuggestions([]);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown" && suggestions.length > 0) {
      event.preventDefault();
      setActive((a) => (a + 1) % suggestions.length);
    } else if (event.key === "ArrowUp" && suggestions.length > 0) {
      event.preventDefault();
      setActive((a) => (a <= 0 ? suggestions.length - 1 : a - 1));
    } else if (event.key === "Enter") {
      if (!typed.trim()) return;
      event.preventDefault();
      add(active >= 0 ? suggestions[active] : (suggestions[0] ?? typed));
    } else if (event.key === "Escape") {
      setSuggestions([]);
    } else if (event.key === "Backspace" && !typed && skills.length > 0) {
      onChange(skills.slice(0, -1));
    }
  };

  const listId = `${id}-list`;
  const open = suggestions.length > 0;
  return (
    <div class="field skill-input">
      <label for={id}>{label}</label>
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <ul class="chips" aria-label={`${label}: chosen`}>
        {skills.map((skill) => (
          <li class="chip" key={skill}>
            {skill}
            <button
              type="button"
              class="chip-remove"
              aria-label={`Remove ${skill}`}
              onClick={() => onChange(skills.filter((s) => s !== skill))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div class="combo">
        <input
          id={id}
          type="text"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-describedby={hint ? `${id}-hint` : undefined}
          aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
          value={typed}
          placeholder="Type a skill"
          onInput={(event) => setTyped(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setSuggestions([]), 150)}
        />
        <div
          id={listId}
          role="listbox"
          class="suggestions"
          hidden={!open}
          aria-label={`${label} suggestions`}
        >
          {suggestions.map((name, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the input's arrow keys and Enter choose an option
            <div
              id={`${listId}-${index}`}
              tabIndex={-1}
              key={name}
              role="option"
              aria-selected={index === active}
              class={index === active ? "active" : undefined}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => add(name)}
            >
              {name}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
