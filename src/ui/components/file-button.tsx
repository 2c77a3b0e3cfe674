/**
 * A button that opens the file chooser: the real <input type=file> stays hidden (and out of the tab order)
 * so the button looks and focuses like every other; the input is cleared after each pick so choosing the
 * same file again still fires.
 */
import { useRef } from 'preact/hooks';

export function FileButton(props: {
  label: string;
  accept: string;
  testId: string;
  onFile: (file: File) => void | Promise<void>;
  class?: string;
  action?: string;
}) {
  const ref = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        class={props.class ?? 'btn'}
        onClick={() => ref.current?.click()}
        data-action={props.action}
      >
        {props.label}
      </button>
      <input
        ref={ref}
        type="file"
        accept={props.accept}
        class="sr-only"
        tabIndex={-1}
        aria-label={props.label}
        data-testid={props.testId}
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file) void props.onFile(file);
        }}
      />
    </>
  );
}
