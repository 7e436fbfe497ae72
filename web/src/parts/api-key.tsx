// Asked for when the server answers 401: the API key, kept in this tab's sessionStorage only.
import { useState } from "preact/hooks";
import { apiKey } from "../api/client.ts";

export function ApiKeyForm({ onSaved }: { onSaved: () => void }) {
  const [key, setKey] = useState("");
  const hadKey = apiKey.get() !== null;
  return (
    <form
      class="api-key"
      aria-labelledby="api-key-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (!key.trim()) return;
        apiKey.set(key);
        onSaved();
      }}
    >
      <h2 id="api-key-title">{hadKey ? "That API key was not accepted" : "This server needs an API key"}</h2>
      <p>
        Ask your administrator for one (made with <code>npm run keys -- create --tenant &lt;name&gt;</code>).
        It is kept in this browser tab only.
      </p>
      <label for="api-key-input">API key</label>
      <input
        id="api-key-input"
        type="password"
        autocomplete="off"
        required
        value={key}
        onInput={(e) => setKey(e.currentTarget.value)}
      />
      <button type="submit" class="primary">
        Use this key
      </button>
    </form>
  );
}
