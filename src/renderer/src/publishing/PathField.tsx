import { choosePath, isDesktopApp } from '../api/client'

/**
 * Renders a text field for a file or folder path with a Choose… button that opens the system picker in
 * the desktop app. Browser mode has no picker, so the path is typed.
 */
export function PathField({
  id,
  label,
  kind,
  value,
  onChange,
  placeholder,
}: {
  id: string
  label: string
  kind: 'file' | 'folder'
  value: string
  onChange: (value: string) => void
  placeholder?: string
}) {
  const choose = async () => {
    const result = await choosePath({ kind, title: label })
    if (result.ok && result.value !== null) onChange(result.value)
  }

  return (
    <div className="form-row">
      <label htmlFor={id}>{label}</label>
      <div className="path-field">
        <input
          id={id}
          type="text"
          value={value}
          placeholder={placeholder}
          spellCheck={false}
          onChange={(event) => onChange(event.target.value)}
        />
        {isDesktopApp && (
          <button type="button" onClick={() => void choose()}>
            Choose…
          </button>
        )}
      </div>
    </div>
  )
}
