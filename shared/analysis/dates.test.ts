import { describe, expect, it } from "vitest";
import { findDateRanges, findSingleDates, monthsBetween, parseDuration } from "./dates.ts";

const AS_OF = "2026-11";

describe("findDateRanges", () => {
  const pick = (text: string) =>
    findDateRanges(text, AS_OF).map(({ start, end, current }) => ({ start, end, current }));

  const cases: [string, string, string | null, boolean][] = [
    // English
    ["Jan 2019 – Present", "2019-01", null, true],
    // Indian CVs: an apostrophe before the year, two-digit years after a month, ordinal days, "till dated"
    ["Since July ‘2016", "2016-07", null, true],
    ["December ‘2010 to March ‘2016", "2010-12", "2016-03", false],
    ["Sep 14 to Nov 16", "2014-09", "2016-11", false],
    ["Mar'2015-Till Date", "2015-03", null, true],
    // a dash the exporter mangled into U+FFFD
    ["Finance Director , 01/2013 \ufffd Current Company Name", "2013-01", null, true],
    ["Cashier 05/2013 \ufffd 11/2014 Company Name", "2013-05", "2014-11", false],
    ["from 5th Dec 2016 to till dated", "2016-12", null, true],
    ["January 2019 - Present (3 years 2 months)", "2019-01", null, true],
    ["Sept. 2017 to Mar. 2020", "2017-09", "2020-03", false],
    ["since 2020", "2020-01", null, true],
    // academic CVs: a line opening with a year and a dash before a tab or its end is a position held since
    ["2015 –\tAssociate Research Scholar", "2015-01", null, true],
    ["2008-", "2008-01", null, true],
    ["June 2015 onwards", "2015-06", null, true],
    ["2016 On-wards Electrical Consultant", "2016-01", null, true],
    // a space left after a separator
    ["Since: 08/04/ 2013 to\t25/05/2016", "2013-04", "2016-05", false],
    // "From:" and "To:" keys on one line
    ["From: 01-06-2012 To: 12-07-2016", "2012-06", "2016-07", false],
    ["From : June 2012 To : Till date", "2012-06", null, true],
    // a day set off by a comma ("9, May, 2014"), and an end in quotes
    ["From 9, May, 2014 to 7, July, 2015", "2014-05", "2015-07", false],
    ["From 8th JULY, 2015 to “Present”", "2015-07", null, true],
    ["Jan 2016 - 'Till date'", "2016-01", null, true],
    // more ways to say the present, an arrow, "To:" after a dash, "w.e.f." and "till" closed by its bracket
    ["Jun 2012 – Presently", "2012-06", null, true],
    ["June 2012 - upto now", "2012-06", null, true],
    ["June 2012 - continued", "2012-06", null, true],
    ["June 2012 to the present", "2012-06", null, true],
    ["June 2012 → May 2015", "2012-06", "2015-05", false],
    ["From: June 2012 - To: May 2015", "2012-06", "2015-05", false],
    ["w.e.f. 12.06.2012", "2012-06", null, true],
    ["as Electrician from (27-08-2017 To Till)", "2017-08", null, true],
    // a range joined by "and" after "between"
    ["in Kestrel Finance Ltd. between June 2007 and May 2009.", "2007-06", "2009-05", false],
    // the present in brackets, and still working
    ["Duration : 14th July,2016 to (till date)", "2016-07", null, true],
    ["Tenure : February-2015 to still working", "2015-02", null, true],
    // a day with no space after its comma, and "up to date"
    ["January 01,2012 to May 30, 2015", "2012-01", "2015-05", false],
    ["Harrow Bank (July 2016 up to date)", "2016-07", null, true],
    ["2014 upto date", "2014-01", null, true],
    // a month joined to its year by a dash, and a dash before "to"
    ["May-2006- to Sep 2008", "2006-05", "2008-09", false],
    ["Jan-15 to Mar-16", "2015-01", "2016-03", false],
    // a month set apart from its year by a spaced dash, with a four-digit year or an apostrophe
    ["from June 2010 to March – 2013.", "2010-06", "2013-03", false],
    ["since April - 2013.", "2013-04", null, true],
    ["Apr - '13 to Mar - 2015", "2013-04", "2015-03", false],
    // a day joined to its month by a dash or a slash
    ["Period\t: 06-Aug-2012 to 23-Jan-2015", "2012-08", "2015-01", false],
    ["6/Aug/12 - 23/Jan/15", "2012-08", "2015-01", false],
    // the year before the month's name
    ["2008 JAN. To 2010 FEB.", "2008-01", "2010-02", false],
    ["Since 2014 May", "2014-05", null, true],
    ["2019-2021", "2019-01", "2021-01", false],
    ["03/2018 - 11/2020", "2018-03", "2020-11", false],
    ["2019-03 – 2020-11", "2019-03", "2020-11", false],
    ["15.03.2019 - 30.06.2021", "2019-03", "2021-06", false],
    ["May 2015 – Current", "2015-05", null, true],
    ["05/2021 – Till Date", "2021-05", null, true],
    ["2019 to date", "2019-01", null, true],
    ["Summer 2019 – Fall 2019", "2019-06", "2019-09", false],
    ["Sommer 2018 - Herbst 2018", "2018-06", "2018-09", false],
    // German
    ["seit 2020", "2020-01", null, true],
    ["2018 – heute", "2018-01", null, true],
    ["Okt. 2015 bis Dez. 2017", "2015-10", "2017-12", false],
    ["März 2016 – Februar 2018", "2016-03", "2018-02", false],
    ["04/2019 – heute", "2019-04", null, true],
    // French
    ["depuis 2019", "2019-01", null, true],
    ["sept. 2017 - actuel", "2017-09", null, true],
    ["mars 2015 – août 2018", "2015-03", "2018-08", false],
    ["févr. 2012 – déc. 2014", "2012-02", "2014-12", false],
    ["janvier 2020 - aujourd'hui", "2020-01", null, true],
    // Spanish
    ["desde 2018", "2018-01", null, true],
    ["ene. 2020 – actualidad", "2020-01", null, true],
    ["septiembre 2016 - presente", "2016-09", null, true],
    ["abr 2014 - dic 2017", "2014-04", "2017-12", false],
    // Portuguese
    ["Março 2019 - atual", "2019-03", null, true],
    ["out. 2015 – fev. 2018", "2015-10", "2018-02", false],
    ["junho 2012 - dezembro 2014", "2012-06", "2014-12", false],
    // Italian
    ["gen 2016 - presente", "2016-01", null, true],
    ["giugno 2014 – ottobre 2016", "2014-06", "2016-10", false],
    ["dal 2017", "2017-01", null, true],
    // Dutch
    ["jan. 2018 - heden", "2018-01", null, true],
    ["mrt 2015 – okt 2017", "2015-03", "2017-10", false],
    ["mei 2012 - augustus 2014", "2012-05", "2014-08", false],
    ["feb 2020 – tot heden", "2020-02", null, true],
    ["maio 2021 – até hoje", "2021-05", null, true],
    ["settembre 2019 – attualmente", "2019-09", null, true],
    ["2017 - en curso", "2017-01", null, true],
    // more ways to say the present; a full date written year first; two years parted by a slash
    ["Jun 2015 - Up to date", "2015-06", null, true],
    ["Aug 2012 – Tilldate", "2012-08", null, true],
    ["Mar 2018 to As on date", "2018-03", null, true],
    ["2015-06-15 to 2016-12-20", "2015-06", "2016-12", false],
    ["2015/2016", "2015-01", "2016-01", false],
    // a year and the end's last two figures, where they cannot be a month
    ["Batch 2012-14 with first class", "2012-01", "2014-01", false],
    ["(1996 - 97)", "1996-01", "1997-01", false],
  ];
  it.each(cases)("%s", (text, start, end, current) => {
    const [range] = findDateRanges(text, AS_OF);
    expect(range).toBeDefined();
    expect({ start: range.start, end: range.end, current: range.current }).toEqual({ start, end, current });
  });

  it("ignores numbers that are not dates", () => {
    expect(findDateRanges("Cut latency by 40% for 3 teams", AS_OF)).toEqual([]);
    expect(findDateRanges("Phone: 030 1234567", AS_OF)).toEqual([]);
    // a month, a spaced dash and a day's or a page's number ("June - 12") is no date
    expect(findDateRanges("June - 12 to Aug - 14", AS_OF)).toEqual([]);
    // a dash after a year inside a line is no open range
    expect(findDateRanges("Tel 2008- 123", AS_OF)).toEqual([]);
    expect(findDateRanges("2019 - 2018 budget", AS_OF).every((r) => !r.current)).toBe(true);
    // two figures after a year that are a share or could be a month are no end year
    expect(findDateRanges("Passed in 1998 - 85%", AS_OF)).toEqual([]);
    expect(findDateRanges("2009-11", AS_OF)).toEqual([]);
  });

  it("reads a table's From and To cells set one space apart as a range, dates naming their month only", () => {
    expect(pick("Software Developer\tAug 2018 Oct 2019")).toEqual([
      { start: "2018-08", end: "2019-10", current: false },
    ]);
    expect(pick("August 2018 October 2019")).toEqual([{ start: "2018-08", end: "2019-10", current: false }]);
    expect(pick("03/2018 Present")).toEqual([{ start: "2018-03", end: null, current: true }]);
    // two years side by side, or two dates that run backwards, stay apart
    expect(pick("B.Com 2014 2018")).toEqual([]);
    expect(pick("Issued Oct 2019 Aug 2018")).toEqual([]);
    // the year-first form is still turned round where no month comes before the year
    expect(pick("2008 JAN. - 2010 MAR.")).toEqual([{ start: "2008-01", end: "2010-03", current: false }]);
  });

  it("reads two months of one year, the year written once after the second", () => {
    expect(pick("Harbor Arts Council – Consultant, September-December 2003")).toEqual([
      { start: "2003-09", end: "2003-12", current: false },
    ]);
    expect(pick("Jun – Aug 2019")).toEqual([{ start: "2019-06", end: "2019-08", current: false }]);
    expect(pick("Intern, May to July 2012")).toEqual([{ start: "2012-05", end: "2012-07", current: false }]);
    // a winter: the first month in the year before
    expect(pick("November – February 2019")).toEqual([{ start: "2018-11", end: "2019-02", current: false }]);
    // a verb in lower case is no month
    expect(pick("the role may to July 2012 change")).toEqual([]);
  });

  it("reads 'to till' before a date as 'to', and before 'date' as the present", () => {
    expect(pick("operations from May 2010 to till 2013 December; then")).toEqual([
      { start: "2010-05", end: "2013-12", current: false },
    ]);
    expect(pick("Jan 2015 to till date")).toEqual([{ start: "2015-01", end: null, current: true }]);
  });

  it("caps an end in the future at asOf and drops an end before the start", () => {
    expect(findDateRanges("2024 - 2030", "2026-11")[0].end).toBe("2026-11");
    expect(findDateRanges("2019 - 2018", AS_OF)[0]).toMatchObject({ start: "2019-01", end: null });
  });
});

describe("findSingleDates", () => {
  it("reads a year joined to a word by a dash, but not the end of a range", () => {
    const years = (text: string) => findSingleDates(text).map((found) => found.date.year);
    expect(years("INTERMEDIATE-2007")).toEqual([2007]);
    expect(years("B. TECH IN MECHANICAL ENGINEERING -2015")).toEqual([2015]);
    expect(years("2010-2012")).toEqual([2010]);
    expect(years("ISO 9001-2015")).toEqual([]);
  });
});

describe("monthsBetween and parseDuration", () => {
  it.each([
    ["2019-01", "2019-12", 12],
    ["2016-03", "2019-11", 45],
    ["2020-05", "2020-05", 1],
  ])("%s..%s is %d months", (start, end, months) => {
    expect(monthsBetween(start, end)).toBe(months);
  });

  it.each([
    ["3 years 2 months", 38],
    ["1 yr 4 mos", 16],
    ["8 months", 8],
    ["2 Jahre 3 Monate", 27],
    ["5 ans 1 mois", 61],
    ["no duration", null],
  ])("%s", (text, months) => {
    expect(parseDuration(text)).toBe(months);
  });
});
