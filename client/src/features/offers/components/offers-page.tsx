import { useState } from 'react';
import { useSession } from '../../../lib/session.ts';
import { LiaisonPortal } from './liaison-portal.tsx';
import { PlannerInbox } from './planner-inbox.tsx';
import './offers.css';

// The crisis cell works in UTC; the choice is kept for the session so every page shows the same zone.
const ZONE_KEY = 'neo.offers.zone';

/** /offers: a liaison's portal, or the planners' inbox. */
export function OffersPage() {
  const { user } = useSession();
  const [zone, setZoneState] = useState(() => sessionStorage.getItem(ZONE_KEY) ?? 'UTC');
  const setZone = (z: string) => {
    sessionStorage.setItem(ZONE_KEY, z);
    setZoneState(z);
  };
  if (user.role === 'liaison') return <LiaisonPortal zone={zone} onZoneChange={setZone} />;
  if (user.role === 'planner') return <PlannerInbox zone={zone} onZoneChange={setZone} />;
  return <main className="offers-page"><h1>Lift offers</h1><p>Lift offers are handled by the planners and the partners' liaisons; a reader's account does not show them.</p></main>;
}
