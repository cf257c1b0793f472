import { JOB_FIELD_WISDOM_BRANCHES, type JobMatchView } from '@elderwork/contracts';
import { mooOf, scoreMatch } from './job-matcher';
import type { MatchFacts } from './job-matches.repository';

const TODAY = '2026-12-04';

/** A kitchen-assistant job at a child-development centre, Monday to Friday mornings. */
const kitchen = {
  field: 'food' as const, physicalDemand: 'light' as const, weekdays: [1, 2, 3, 4, 5], startTime: '09:00', endTime: '13:00', place: 'ศูนย์พัฒนาเด็กเล็ก หมู่ 3',
};

const elder = (facts: Partial<MatchFacts> = {}): MatchFacts => ({
  residentId: 'r-1', name: 'นางละออ ทองคำ', sex: 'female', birthDate: '1950-01-01', moo: null, village: null,
  wisdom: [], courses: [], adl: 18, otherJobs: [], section35: false, caregiver: false, ...facts,
});

const codes = (m: JobMatchView | null) => m?.reasons.map((r) => [r.code, r.points]);

describe('job matcher', () => {
  it('scores no wisdom branch that is not the job’s field: plastic weaving is nothing to a kitchen job', () => {
    expect(JOB_FIELD_WISDOM_BRANCHES.food).not.toContain('industry_handicraft_otop');
    const weaving = { branch: 'industry_handicraft_otop' as const, title: 'จักสานเส้นพลาสติก', years: 15 };
    const weaver = scoreMatch(kitchen, elder({ wisdom: [weaving] }), TODAY);
    expect(codes(weaver)).toEqual([['adl_fits', 10]]);
    expect(weaver?.reasons[0]?.text).toBe('ADL 18 คะแนน (ติดสังคม) ทำงานเบาได้');
    expect(weaver?.reasons[0]?.en).toBe('ADL 18 (Socially active): fit for light work');
    // Nor is any branch of another field: education counts for childcare, not for a kitchen.
    expect(codes(scoreMatch(kitchen, elder({ wisdom: [{ branch: 'education', title: 'เล่านิทาน', years: 20 }], adl: null }), TODAY))).toBeUndefined();
    expect(codes(scoreMatch({ ...kitchen, field: 'childcare' }, elder({ wisdom: [{ branch: 'education', title: 'เล่านิทาน', years: 20 }], adl: null }), TODAY)))
      .toEqual([['wisdom_branch', 40], ['adl_unknown', 0]]);
  });

  it('scores a wisdom branch and a course of the job’s field, in words', () => {
    const farm = { ...kitchen, field: 'agriculture' as const, place: null };
    const farmer = scoreMatch(farm, elder({ wisdom: [{ branch: 'agriculture', title: 'ปลูกทุเรียน', years: 30 }] }), TODAY);
    expect(codes(farmer)).toEqual([['wisdom_branch', 40], ['adl_fits', 10]]);
    expect(farmer?.reasons[0]?.text).toBe('ขึ้นทะเบียนคลังปัญญา "ปลูกทุเรียน" (ด้านการเกษตร 30 ปี) ตรงกับสายงานเกษตรกรรม มีประสบการณ์ 10 ปีขึ้นไป');
    const cook = scoreMatch(kitchen, elder({ courses: ['ผู้ช่วยครัว', 'อาหารว่างสำหรับเด็ก', 'ขนมไทย'] }), TODAY);
    expect(codes(cook)).toEqual([['completed_course', 20], ['completed_course', 20], ['completed_course', 0], ['adl_fits', 10]]);
    expect(cook?.reasons[0]?.text).toBe('เคยอบรมหลักสูตร "ผู้ช่วยครัว" ตรงกับสายงานอาหาร');
    expect(cook?.reasons[0]?.en).toBe('Completed the course "ผู้ช่วยครัว", in the field Food');
  });

  it('never offers a home-bound or bed-bound elder work, not even light work', () => {
    const skilled = { courses: ['ผู้ช่วยครัว'] };
    for (const adl of [0, 4, 7, 10, 11]) expect(scoreMatch(kitchen, elder({ ...skilled, adl }), TODAY)).toBeNull();
    expect(scoreMatch(kitchen, elder({ ...skilled, adl: 12 }), TODAY)?.score).toBe(30);
  });

  it('offers an elder of 90 or more light work only', () => {
    const ninety = elder({ birthDate: '1936-12-04', courses: ['ผู้ช่วยครัว'] });
    expect(scoreMatch({ ...kitchen, physicalDemand: 'moderate' }, ninety, TODAY)).toBeNull();
    expect(scoreMatch({ ...kitchen, physicalDemand: 'heavy' }, ninety, TODAY)).toBeNull();
    expect(scoreMatch({ ...kitchen, physicalDemand: 'moderate' }, { ...ninety, birthDate: '1936-12-05' }, TODAY)?.age).toBe(89);
    const light = scoreMatch(kitchen, ninety, TODAY);
    expect(light?.reasons.at(-1)?.text).toBe('ADL 18 คะแนน (ติดสังคม) ทำงานเบาได้ อายุ 90 ปี จึงควรเป็นงานเบาเท่านั้น');
  });

  it('says when ADL is unknown, without points', () => {
    const m = scoreMatch(kitchen, elder({ adl: null, courses: ['ผู้ช่วยครัว'] }), TODAY);
    expect(codes(m)).toEqual([['completed_course', 20], ['adl_unknown', 0]]);
    expect(m?.reasons[1]?.text).toContain('ยังไม่มีผลประเมิน ADL');
  });

  it('takes points for work on the job’s days and hours only', () => {
    const morning = { title: 'คัดแยกขยะ', weekdays: [2, 6], startTime: '08:00', endTime: '10:00' };
    const clash = scoreMatch(kitchen, elder({ courses: ['ผู้ช่วยครัว'], otherJobs: [morning] }), TODAY);
    expect(codes(clash)).toEqual([['completed_course', 20], ['adl_fits', 10], ['engaged_job', -25]]);
    expect(clash?.reasons[2]?.text).toBe('ทำงาน "คัดแยกขยะ" อยู่แล้ว วันอังคาร เสาร์ 08:00–10:00 น. ชนกับวันเวลาของงานนี้ (วันอังคาร)');
    const afternoon = scoreMatch(kitchen, elder({ courses: ['ผู้ช่วยครัว'], otherJobs: [{ ...morning, startTime: '13:00', endTime: '15:00' }] }), TODAY);
    expect(codes(afternoon)).toEqual([['completed_course', 20], ['adl_fits', 10], ['engaged_job', 0]]);
    const volunteer = elder({ courses: ['ผู้ช่วยครัว'], caregiver: true, section35: true });
    // 20 + 10 − 15 − 25: engaged on the job's weekdays, so not a match at all.
    expect(scoreMatch(kitchen, volunteer, TODAY)).toBeNull();
    const weekend = scoreMatch({ ...kitchen, weekdays: [6, 7] }, volunteer, TODAY);
    expect(codes(weekend)).toEqual([['completed_course', 20], ['adl_fits', 10], ['engaged_section35', 0], ['engaged_caregiver', 0]]);
    const saturday = scoreMatch({ ...kitchen, weekdays: [5, 6] }, { ...volunteer, courses: ['ผู้ช่วยครัว', 'ขนมไทย'] }, TODAY);
    expect(codes(saturday)).toEqual([['completed_course', 20], ['completed_course', 20], ['adl_fits', 10], ['engaged_section35', -15], ['engaged_caregiver', -25]]);
    expect(saturday?.reasons[4]?.text).toBe('เป็นอาสาสมัครบริบาลท้องถิ่นอยู่ (ดูแลผู้สูงอายุวันจันทร์–ศุกร์) ชนกับวันศุกร์ของงานนี้');
  });

  it('adds points for living in the หมู่ of the job’s place', () => {
    expect(codes(scoreMatch(kitchen, elder({ moo: 3 }), TODAY))).toEqual([['adl_fits', 10], ['same_village', 5]]);
    expect(codes(scoreMatch(kitchen, elder({ moo: 4 }), TODAY))).toEqual([['adl_fits', 10]]);
    expect(codes(scoreMatch({ ...kitchen, place: 'ศาลาบ้านหนองบัว' }, elder({ village: 'บ้านหนองบัว' }), TODAY))).toEqual([['adl_fits', 10], ['same_village', 5]]);
    expect([mooOf('หมู่ที่ ๑๒ บ้านเนิน'), mooOf('ม.7'), mooOf('สำนักงานเทศบาล'), mooOf(null)]).toEqual([12, 7, null, null]);
  });
});
