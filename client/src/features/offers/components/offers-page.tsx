import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session.ts';
import { LiaisonPortal } from './liaison-portal.tsx';
import { PlannerInbox } from './planner-inbox.tsx';
import './offers.css';

// The crisis cell works in UTC; the choice is kept for the session so every page shows the same zone.
const ZONE_KEY = 'neo.offers.zone';

/** /offers: a liaison's portal, or the planners' inbox. */
export function OffersPage() {
  const { t } = useTranslation('offers');
  const { user } = useSession();
  const [zone, setZoneState] = useState(() => sessionStorage.getItem(ZONE_KEY) ?? 'UTC');
  const setZone = (z: string) => {
    sessionStorage.setItem(ZONE_KEY, z);
    setZoneState(z);
  };
  if (user.role === 'liaison') return <LiaisonPortal zone={zone} onZoneChange={setZone} />;
  if (user.role === 'planner') return <PlannerInbox zone={zone} onZoneChange={setZone} />;
  return <main className="offers-page"><h1>{t('common:nav.offers')}</h1><p>{t('readerText')}</p></main>;
}
