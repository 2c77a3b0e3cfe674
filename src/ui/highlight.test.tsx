// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Highlighted } from './highlight.tsx';

describe('Highlighted', () => {
  it('renders hostile post text as text, never as HTML, with marks for the spans', () => {
    const root = document.createElement('div');
    const text = 'Velora <img src=x onerror="alert(1)"> <b>nestrādā</b>';
    render(
      <Highlighted text={text} spans={[{ start: 0, end: 6, kind: 'mention', label: 'velora' }]} />,
      root,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toBe(text);
    const mark = root.querySelector('mark');
    expect(mark?.textContent).toBe('Velora');
    expect(mark?.className).toBe('hl-mention');
    expect(mark?.getAttribute('title')).toBe('velora');
  });

  it('cuts a long excerpt around the first mark', () => {
    const root = document.createElement('div');
    const text = `${'x'.repeat(300)} Velora broke ${'y'.repeat(300)}`;
    render(<Highlighted text={text} spans={[{ start: 301, end: 307, kind: 'mention' }]} limit={100} />, root);
    expect(root.querySelector('mark')?.textContent).toBe('Velora');
    expect(root.textContent?.startsWith('… ')).toBe(true);
    expect(root.textContent?.endsWith(' …')).toBe(true);
    expect((root.textContent ?? '').length).toBeLessThan(110);
  });
});
