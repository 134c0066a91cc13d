import { describe, expect, it } from 'vitest';
import { readsAsEnglish } from '../../../../lib/core/text/language';

const english =
  'The council voted on Monday to close the old bridge for repairs. Engineers said the work would take about six months, and that traffic would be sent through the town centre while it lasted. Residents who live near the river asked for more buses.';
const german =
  'Der Stadtrat hat am Montag beschlossen, die alte Brücke für Reparaturen zu sperren. Die Ingenieure sagten, die Arbeiten würden etwa sechs Monate dauern und der Verkehr werde so lange durch die Innenstadt geleitet. Anwohner am Fluss forderten mehr Busse.';
const spanish =
  'El ayuntamiento votó el lunes cerrar el viejo puente para hacer reparaciones. Los ingenieros dijeron que las obras durarían unos seis meses y que el tráfico pasaría por el centro mientras tanto. Los vecinos que viven cerca del río pidieron más autobuses.';

describe('readsAsEnglish', () => {
  it('tells English prose from German and Spanish by its function words', () => {
    expect(readsAsEnglish(english)).toBe(true);
    expect(readsAsEnglish(german)).toBe(false);
    expect(readsAsEnglish(spanish)).toBe(false);
  });

  it('believes a declared language other than English, and takes a text too short to tell as English', () => {
    expect(readsAsEnglish(english, 'de-DE')).toBe(false);
    expect(readsAsEnglish(english, 'en-GB')).toBe(true);
    expect(readsAsEnglish('Brücke gesperrt.')).toBe(true);
  });
});
