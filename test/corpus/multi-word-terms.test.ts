import { describe, expect, it } from 'vitest';
import { CONCEPT_PREFIX, analyzeWords, termSet } from '../../src/corpus/terms.ts';

const concept = (id: string) => `${CONCEPT_PREFIX}${id}`;
const questionConcepts = (question: string) => new Set(analyzeWords(question).flatMap((w) => w.terms.filter((t) => t.startsWith(CONCEPT_PREFIX))));

describe('multi-word terms', () => {
  it.each([
    ['airport', ['Bakı hava limanında yeni terminal açılıb.', 'The new terminal opened at Baku airport.', 'В аэропорту Баку открылся терминал.', '바쿠 공항에 새 터미널이 문을 열었다.']],
    ['railway', ['Dəmir yolu xətti yenilənib.', 'Железная дорога будет обновлена.', 'The railway line will be renewed.', '철도 노선이 개선된다.']],
    ['renewable', ['Bərpa olunan enerji mənbələri üzrə layihə.', 'A project on renewable energy.', 'Проект по возобновляемым источникам энергии.', '재생에너지 사업.']],
    ['kindergarten', ['Открылся новый детский сад.', 'A new kindergarten opened.', 'Yeni uşaq bağçası açılıb.', '새 유치원이 문을 열었다.']],
    ['premier', ['The prime minister arrived.', 'Baş nazir gəlib.', 'Премьер-министр прибыл.', '총리가 도착했다.']],
    ['truck', ['Yük maşınları gətirilib.', 'The trucks arrived.', 'Прибыли грузовики.', '트럭이 도착했다.']],
    ['jobs', ['Zavodda 300 iş yeri yaradılacaq.', 'The plant will create 300 jobs.', '일자리 300개가 생긴다.']],
    ['nurse', ['Tibb bacıları təlim keçib.', 'Nurses were trained.', 'Медсестры прошли обучение.', '간호사들이 연수를 받았다.']],
    ['media', ['Kütləvi İnformasiya Vasitələri nümayəndələri', 'Representatives of the media', 'Представители СМИ']],
  ])('reads the run as the one word other languages write: %s', (id, texts) => {
    for (const text of texts) expect(termSet(text).has(concept(id)), text).toBe(true);
  });

  it('gives the words of a run in a question the concept besides their own', () => {
    const words = analyzeWords('hava limanı nə vaxt açılıb');
    expect(words.find((w) => w.token === 'limanı')?.terms).toEqual(expect.arrayContaining([concept('port'), concept('airport')]));
    expect(words.find((w) => w.token === 'hava')?.terms).toContain(concept('airport'));
    expect(questionConcepts('когда построили железную дорогу')).toContain(concept('railway'));
    // Typed without the Azerbaijani letters, as users often do.
    expect(questionConcepts('demir yolu ne vaxt tikilib')).toContain(concept('railway'));
  });

  it('leaves the words alone apart or in another sense', () => {
    // Restored villages are not renewable: the run needs the energy or its sources after it.
    expect(termSet('Bərpa olunan kəndlərə köç başlayıb.').has(concept('renewable'))).toBe(false);
    expect(termSet('Hava soyuq idi, liman bağlandı.').has(concept('airport'))).toBe(false);
    expect(termSet('Iron and steel move by road.').has(concept('railway'))).toBe(false);
    expect(questionConcepts('what did the minister say about prime costs')).not.toContain(concept('premier'));
    // "iş yerində" is at the workplace, not jobs created.
    expect(termSet('Bu iş yerində çətin idi.').has(concept('jobs'))).toBe(false);
  });
});
