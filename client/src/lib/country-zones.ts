/** A country → its (main) time zone: an airport's local time, and the theatre's zone of a scenario. */
const COUNTRY_ZONES: Record<string, string> = {
  KR: 'Asia/Seoul', TW: 'Asia/Taipei', JP: 'Asia/Tokyo', PH: 'Asia/Manila', GU: 'Pacific/Guam', SG: 'Asia/Singapore',
  HK: 'Asia/Hong_Kong', CN: 'Asia/Shanghai', US: 'America/New_York', GB: 'Europe/London', AU: 'Australia/Sydney',
};
export const zoneOfCountry = (country: string | undefined): string => (country && COUNTRY_ZONES[country]) || 'UTC';
