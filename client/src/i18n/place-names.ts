/**
 * Japanese names of the Korean and Taiwanese cities the registry names, with the name in the local
 * script (Hangul; Traditional Chinese as written in Taiwan). The registry's names are English
 * (OurAirports, MOFA districts); these are the standard Japanese exonyms and official local names,
 * compiled by hand from the cities' Japanese, Korean and Chinese Wikipedia articles (CC BY-SA 4.0).
 * Matched on the first word(s) of an English name: "Busan - Consulate-General …" → 釜山 / 부산.
 */
export interface PlaceName { ja: string; local: string; localLang: 'ko' | 'zh-Hant' }

const KO = (ja: string, local: string): PlaceName => ({ ja, local, localLang: 'ko' });
const TW = (ja: string, local: string): PlaceName => ({ ja, local, localLang: 'zh-Hant' });

const NAMES: Record<string, PlaceName> = {
  seoul: KO('ソウル', '서울'), incheon: KO('仁川', '인천'), gimpo: KO('金浦', '김포'), busan: KO('釜山', '부산'),
  gimhae: KO('金海', '김해'), daegu: KO('大邱', '대구'), gwangju: KO('光州', '광주'), daejeon: KO('大田', '대전'),
  ulsan: KO('蔚山', '울산'), jeju: KO('済州', '제주'), cheongju: KO('清州', '청주'), yangyang: KO('襄陽', '양양'),
  muan: KO('務安', '무안'), yeosu: KO('麗水', '여수'), pohang: KO('浦項', '포항'), gunsan: KO('群山', '군산'),
  wonju: KO('原州', '원주'), sacheon: KO('泗川', '사천'), ulleung: KO('鬱陵', '울릉'), osan: KO('烏山', '오산'),
  pyeongtaek: KO('平沢', '평택'), suwon: KO('水原', '수원'), seongnam: KO('城南', '성남'), naju: KO('羅州', '나주'),
  taipei: TW('台北', '臺北'), taoyuan: TW('桃園', '桃園'), kaohsiung: TW('高雄', '高雄'), taichung: TW('台中', '臺中'),
  tainan: TW('台南', '臺南'), hualien: TW('花蓮', '花蓮'), taitung: TW('台東', '臺東'), kinmen: TW('金門', '金門'),
  penghu: TW('澎湖', '澎湖'), magong: TW('馬公', '馬公'), chiayi: TW('嘉義', '嘉義'), pingtung: TW('屏東', '屏東'),
  hsinchu: TW('新竹', '新竹'), matsu: TW('馬祖', '馬祖'), keelung: TW('基隆', '基隆'),
};

/** The Japanese and local names of the place an English name starts with, if the table knows it. */
export function placeName(english: string): PlaceName | null {
  const first = /^[A-Za-z]+/.exec(english.trim())?.[0]?.toLowerCase();
  return (first && NAMES[first]) || null;
}
