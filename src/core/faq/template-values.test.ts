import { describe, expect, it } from 'vitest';
import type { Policy } from '../../shared/types.ts';
import { fillTemplate } from './template.ts';
import { templateValues } from './template-values.ts';

const policy: Policy = {
  timezone: 'Europe/Riga',
  week: {
    mon: [
      ['09:00', '13:00'],
      ['14:00', '18:00'],
    ],
  },
  targets: { default: 60 },
};
const monday = Date.UTC(2026, 10, 23, 10); // 12:00 in Riga

describe('templateValues', () => {
  it("addresses the author by first name, signs with the voice's signature, gives today's hours", () => {
    const v = templateValues(
      { author: 'Anna Kalniņa', handle: '@anna_kalnina' },
      {
        voice: { voice: 'friendly', address: 'formal', signature: 'KM' },
        agent: { name: 'Kristīne', initials: 'K' },
        brandName: 'Velora',
        policy,
      },
      monday,
    );
    expect(v).toMatchObject({ author: 'Anna', handle: '@anna_kalnina', agent: 'KM', brand: 'Velora' });
    expect(v.hours).toMatch(/09:00.*13:00.*14:00.*18:00/);
  });

  it('falls back to the handle and to the agent; a missing value stays missing, never a placeholder', () => {
    const v = templateValues({ author: '  ', handle: '@x' }, { agent: { name: 'Kristīne' } }, monday);
    expect(v.author).toBe('@x');
    expect(v.agent).toBe('Kristīne');
    const filled = fillTemplate(
      'Hi {{author}}, {{brand}} here',
      templateValues({ author: 'Jānis', handle: '' }, {}, monday),
    );
    expect(filled.missing).toEqual(['brand']);
  });
});
