import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import { Trans, useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client.ts';
import { cancelJob, JobCancelledError, type Job } from '../../../lib/jobs.ts';
import { invalidateQueries } from '../../../lib/query.ts';
import { Link, useSearchParams } from '../../../lib/router.tsx';
import { useSession } from '../../../lib/session.ts';
import { ErrorAlert, Spinner } from '../../../components/feedback.tsx';
import { useScenarios } from '../api/get-scenarios.ts';
import { usePlans } from '../api/get-plans.ts';
import { usePlan } from '../api/get-plan.ts';
import { createPlan } from '../api/create-plan.ts';
import { savePlan } from '../api/save-plan.ts';
import { optimizePlan } from '../api/optimize-plan.ts';
import { approvePlan } from '../api/approve-plan.ts';
import type { Violation } from '../api/plan-types.ts';
import { updateScenario } from '../api/update-scenario.ts';
import type { HazardZone } from '../../../../../shared/schemas/domain.ts';
import type { PlanningSnapshot } from '../../../../../shared/plan/snapshot.ts';
import { airportsClosedByZones, drawFeaturesToZones, type DrawFeature } from '../map/hazard-edit.ts';
import { HazardDraw, type DrawMode } from './hazard-draw.tsx';
import { HazardPanel } from './hazard-panel.tsx';
import { ComparePanel } from './compare-panel.tsx';
import { PolicyPanel } from './policy-panel.tsx';
import { ReplanForm } from './replan-form.tsx';
import { toInput } from '../policy/policy-form.ts';
import { usePlannerData } from '../hooks/use-planner-data.ts';
import { prefetchPlannerData } from '../api/prefetch.ts';
import { usePlanDraft } from '../hooks/use-plan-draft.ts';
import { useAnalysis } from '../hooks/use-analysis.ts';
import { loadMaplibre } from '../../../lib/map/load-maplibre.ts';
import { airportsToGeoJSON, violationTarget } from '../map/to-geojson.ts';
import { PlannerMap, type MapData, type Selection } from './planner-map.tsx';
import { PlanBar, type Busy } from './plan-bar.tsx';
import { MetricsPanel } from './metrics-panel.tsx';
import { DeparturesTimeline } from './departures-timeline.tsx';
import { LeftBehindList } from './left-behind-list.tsx';
import { PlannedOnBanner } from './planned-on-banner.tsx';
import { ViolationGroups } from '../map-view/violation-groups.tsx';
import { MapToolbar, findablesOf, type Findable } from '../map-view/map-toolbar.tsx';
import { TimeBar } from '../map-view/time-bar.tsx';
import { SchedulePanel } from '../timeline/schedule-panel.tsx';
import { SortieFocus } from '../timeline/sortie-focus.tsx';
import { useSortieSelection } from '../timeline/use-sortie-selection.ts';
import { useSheet } from '../sheet/use-sheet.ts';
import { SheetHandle } from '../sheet/sheet-handle.tsx';
import { buildTimeline, stateAt } from '../map-view/time-state.ts';
import { useMapData } from '../map-view/use-map-data.ts';
import { sdfSummary } from '../map-view/sdf-summary.ts';
import { moveTargets } from '../map-view/move-targets.ts';
import { ALL_ON, type LayerToggle } from '../map-view/layers.ts';
import { DragMoveContext } from '../drag-move/drag-context.ts';
import { useDragMoveState } from '../drag-move/use-drag-move.ts';
import { DropDialog } from '../drag-move/drop-dialog.tsx';
import { MapDropTargets } from '../drag-move/map-drop-targets.tsx';
import { offerName, sortieLabel } from './sortie-label.ts';
import { AreaEditor } from './area-editor.tsx';
import { AirportEditor } from './airport-editor.tsx';
import { MapLegend } from '../map-view/map-legend.tsx';
import { ConflictDialog } from './conflict-dialog.tsx';
import { BusyOverlay } from './busy-overlay.tsx';
import type { Lookup } from './sortie-label.ts';
import { Clamp } from './clamp.tsx';
import { fmtDateTime, fmtTime } from './format.ts';
import { useFormat, useTheatreZone } from '../../../i18n/format.ts';
import { zoneOfCountry } from '../../../lib/country-zones.ts';

// As soon as this chunk loads: the API requests first, then the map library (and its workers).
// Called by the app once the session says the user is a planner (a reader or liaison would get 403s).
export { prefetchPlannerData };
void loadMaplibre();

const EMPTY_FC = { type: 'FeatureCollection', features: [] } as const;
const EMPTY_MAP: MapData = { areas: EMPTY_FC as never, airports: EMPTY_FC as never, lines: EMPTY_FC as never, hazards: EMPTY_FC as never, focus: EMPTY_FC as never, legs: EMPTY_FC as never, aircraft: EMPTY_FC as never };
const onFirstIdleMark = () => performance.mark('neo-map-idle');

type Tab = 'overview' | 'edit' | 'hazards' | 'policy' | 'compare';
const TABS: readonly Tab[] = ['overview', 'edit', 'hazards', 'policy', 'compare'];


function airportsClosed(zones: HazardZone[], airports: { id: string; iata: string | null; icao: string | null }[]): string[] {
  return [...airportsClosedByZones(zones, airports as never).values()].flat().map((a) => a.iata ?? a.icao ?? a.id);
}

export function PlannerPage() {
  const { user } = useSession();
  const isPlanner = user.role === 'planner';
  const [params, setParams] = useSearchParams();
  const scenarios = useScenarios();
  const scenarioId = params.get('scenario') ?? scenarios.data?.[0]?.id ?? null;
  const plans = usePlans(user.role === 'liaison' ? null : scenarioId);
  const latest = useMemo(() => [...(plans.data ?? [])].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]?.id ?? null, [plans.data]);
  const planId = params.get('plan') ?? latest;
  const planQ = usePlan(user.role === 'liaison' ? null : planId);
  const plan = planQ.data && planQ.data.scenarioId === scenarioId ? planQ.data : undefined;
  const { snapshot: savedSnapshot, error: dataError } = usePlannerData(scenarioId);
  const [hazardEdit, setHazardEdit] = useState<{ mode: DrawMode; zones: HazardZone[]; dirty: boolean; scenarioId: string } | null>(null);
  const drawApi = useRef<{ remove: (id: string) => void } | null>(null);
  // While zones are being drawn the plan is checked against the drawn zones, not the saved ones.
  const snapshot = useMemo<PlanningSnapshot | null>(() => {
    if (!savedSnapshot || !hazardEdit || hazardEdit.scenarioId !== savedSnapshot.scenario.id) return savedSnapshot;
    return { ...savedSnapshot, scenario: { ...savedSnapshot.scenario, hazardZones: hazardEdit.zones } };
  }, [savedSnapshot, hazardEdit]);
  const draft = usePlanDraft(plan);
  const analysis = useAnalysis(plan ? snapshot : null, draft.sorties);
  const violations = analysis?.violations ?? plan?.violations ?? [];

  const mapRef = useRef<MapRef>(null);
  const [tab, setTab] = useState<Tab>('overview');
  const [selection, setSelection] = useState<Selection | null>(null);
  const [focus, setFocus] = useState<Violation | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  // The matcher job a Run or Re-plan is following (its progress and Cancel over the map).
  const [job, setJob] = useState<Job | null>(null);
  const { t } = useTranslation('planner');
  const f = useFormat();
  // 'Local time' is the theatre's: the zone of the scenario's (first) country, KST or Taiwan time.
  useTheatreZone(snapshot ? zoneOfCountry(snapshot.scenario.countries[0]) : null);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text?: string; error?: unknown } | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [mapIdle, setMapIdle] = useState(false);
  const [toggles, setToggles] = useState<Record<LayerToggle, boolean>>(ALL_ON);
  // The map's time: null shows the whole plan; an hour from the scenario start shows the operation then.
  const [hour, setHour] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const editable = isPlanner && plan?.status === 'draft' && !busy;

  // Unsaved edits are not lost by accident.
  useEffect(() => {
    if (!draft.dirty) return;
    const h = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', h);
    return () => window.removeEventListener('beforeunload', h);
  }, [draft.dirty]);
  const leaveDraft = () => !draft.dirty || window.confirm(t('page.discard'));

  const lookup = useMemo<Lookup | null>(() => {
    if (!snapshot) return null;
    const airports = new Map(snapshot.airports.map((a) => [a.id, a]));
    const areas = new Map(snapshot.areas.map((a) => [a.id, a]));
    return {
      offers: new Map(snapshot.offers.map((o) => [o.id, o])),
      partners: new Map(snapshot.partners.map((p) => [p.id, p])),
      airportLabel: (id) => { const a = airports.get(id); return a?.iata ?? a?.icao ?? id; },
      areaName: (id) => areas.get(id)?.name ?? id,
    };
  }, [snapshot]);

  const timeline = useMemo(() => (snapshot && plan ? buildTimeline(draft.sorties, snapshot.areas, snapshot.airports, snapshot.scenario.startsAt, snapshot.scenario.horizonHours, snapshot.offers) : null), [snapshot, plan, draft.sorties]);
  const timeState = useMemo(() => (timeline && hour !== null ? stateAt(timeline, hour) : null), [timeline, hour]);
  useEffect(() => { setHour(null); setPlaying(false); }, [planId, scenarioId]);
  const [scheduleOpen, setScheduleOpen] = useState(false);
  // A drag of people from the panel opens the schedule: its bars are where they can be dropped.
  const dragMove = useDragMoveState(plan ? snapshot : null, draft.sorties, !!editable, useCallback(() => setScheduleOpen(true), []));
  // On a phone the panel is a bottom sheet; picking a place on the map opens it.
  const sheet = useSheet(selection);
  const sortiePick = useSortieSelection({ sorties: draft.sorties, timeline, snapshot, mapRef, onHour: useCallback((h: number) => { setPlaying(false); setHour(h); }, []) });

  // Airports of the theatre, the offers' destinations and any the plan uses: the rest would only clutter the map.
  const airportFC = useMemo(() => {
    if (!snapshot) return null;
    const countries = new Set(snapshot.scenario.countries);
    const used = new Set(snapshot.offers.filter((o) => o.status === 'accepted').map((o) => o.destinationAirportId));
    for (const s of draft.sorties) { used.add(s.originAirportId); used.add(s.destinationAirportId); }
    const shown = snapshot.airports.filter((a) => countries.has(a.country) || used.has(a.id));
    return airportsToGeoJSON(shown, snapshot.scenario, draft.sorties);
  }, [snapshot, draft.sorties]);
  const sdf = useMemo(() => {
    if (!snapshot || !airportFC) return { countries: [], airportBadges: new Set<string>() };
    const country = new Map(snapshot.airports.map((a) => [a.id, a.country]));
    return sdfSummary(airportFC, (id) => country.get(id));
  }, [snapshot, airportFC]);
  const sortieName = useCallback((id: string) => {
    const s = draft.sorties.find((x) => x.id === id);
    return s && lookup ? sortieLabel(s, lookup) : undefined;
  }, [draft.sorties, lookup]);
  const mapData = useMapData({ snapshot, airportFC, sorties: draft.sorties, selection, focus, drawingHazards: !!hazardEdit, timeState, sdfBadges: sdf.airportBadges, lookup });

  const fitCountry = useCallback((country: string | null, duration = 800) => {
    const map = mapRef.current;
    if (!map || !snapshot) return;
    const pts = snapshot.areas.filter((a) => country === null || a.country === country).map((a) => [a.lon, a.lat] as const)
      .concat(snapshot.airports.filter((a) => (country === null ? snapshot.scenario.countries.includes(a.country) : a.country === country)).map((a) => [a.lon, a.lat] as const));
    if (!pts.length) return;
    const lons = pts.map((p) => p[0]);
    const lats = pts.map((p) => p[1]);
    // Room for the toolbar above and the time bar below, so no airport sits under them.
    map.fitBounds([[Math.min(...lons) - 0.6, Math.min(...lats) - 0.5], [Math.max(...lons) + 0.6, Math.max(...lats) + 0.5]],
      { padding: { top: 70, bottom: 70, left: 30, right: 30 }, duration, maxZoom: 7.5 });
  }, [snapshot]);
  const findables = useMemo(() => (snapshot && airportFC ? findablesOf(snapshot.areas, airportFC.features.map((f) => f.properties)) : []), [snapshot, airportFC]);
  const onFind = (f: Findable) => {
    const p = f.kind === 'area' ? snapshot?.areas.find((a) => a.id === f.id) : snapshot?.airports.find((a) => a.id === f.id);
    if (p) mapRef.current?.flyTo({ center: [p.lon, p.lat], zoom: Math.max(mapRef.current.getZoom(), 8), duration: 800 });
    setSelection({ kind: f.kind, id: f.id });
    setTab('edit');
  };

  // Frame the scenario's theatre when the scenario changes (and once the map exists).
  const framed = useRef<string | null>(null);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !snapshot || !mapIdle || framed.current === snapshot.scenario.id) return;
    if (!snapshot.areas.length) return;
    fitCountry(null, framed.current ? 800 : 0);
    framed.current = snapshot.scenario.id;
  }, [snapshot, mapIdle, fitCountry]);

  const onFirstIdle = useCallback(() => {
    onFirstIdleMark();
    setMapIdle(true);
  }, []);

  const select = useCallback((s: Selection | null) => {
    setSelection(s);
    if (s) setTab('edit');
  }, []);

  const showViolation = useCallback((v: Violation) => {
    if (!snapshot) return;
    setFocus(v);
    const t = violationTarget(v, snapshot.areas, snapshot.airports, draft.sorties);
    const map = mapRef.current;
    if (!t || !map) return;
    if (t.bounds) map.fitBounds(t.bounds, { padding: 120, maxZoom: 8, duration: 900 });
    else map.flyTo({ center: t.center, zoom: Math.max(map.getZoom(), 7), duration: 900 });
  }, [snapshot, draft.sorties]);

  async function act(kind: Exclude<Busy, null>, fn: () => Promise<string | void>) {
    setBusy(kind);
    setNotice(null);
    try {
      const text = await fn();
      if (text) setNotice({ kind: 'ok', text });
    } catch (e) {
      if (e instanceof JobCancelledError) setNotice({ kind: 'ok', text: t('jobs:cancelled') });
      else if (e instanceof ApiError && e.status === 409) setConflict(e.message);
      else setNotice({ kind: 'error', error: e });
    } finally {
      setBusy(null);
    }
  }

  const onNewPlan = () => scenarioId && leaveDraft() && act('solving', async () => {
    const p = await createPlan(scenarioId, t('page.newPlanName', { time: fmtDateTime() }), undefined, setJob);
    setParams({ scenario: scenarioId, plan: p.id });
    return t('page.matched', { out: f.number(p.metrics?.peopleOut), count: p.sorties.length, status: p.solve?.status ? t('page.solveStatus', { status: t(`page.status.${p.solve.status}`, { defaultValue: p.solve.status }) }) : '' });
  });
  const onSave = () => plan && act('saving', async () => {
    const saved = await savePlan(plan.id, plan.version, { sorties: draft.sorties });
    return saved.violations.length ? t('page.savedWithViolations', { version: saved.version, count: saved.violations.length }) : t('page.saved', { version: saved.version });
  });
  const onOptimize = () => plan && act('optimizing', async () => {
    // The server keeps the locks it has stored: save the draft's locks first.
    if (draft.dirty) await savePlan(plan.id, plan.version, { sorties: draft.sorties });
    const p = await optimizePlan(plan.id, undefined, setJob);
    return t('page.optimized', { out: f.number(p.metrics?.peopleOut), version: p.version });
  });
  const onReplanFrom = (from: string) => plan && scenarioId && act('optimizing', async () => {
    const at = fmtTime(from);
    // An approved plan stays as approved: its copy is re-planned.
    const target = plan.status === 'approved'
      ? await createPlan(scenarioId, t('page.replanName', { name: plan.name, at }), plan.sorties)
      : (draft.dirty ? await savePlan(plan.id, plan.version, { sorties: draft.sorties }) : plan);
    const p = await optimizePlan(target.id, from, setJob);
    if (target.id !== plan.id) setParams({ scenario: scenarioId, plan: p.id });
    const kept = (p.solve as { keptSorties?: number } | null)?.keptSorties ?? 0;
    return t('page.replanned', { at, count: kept, out: f.number(p.metrics?.peopleOut), version: p.version });
  });
  const onSavePolicy = (policy: Parameters<typeof toInput>[0]) => {
    const saved = savedSnapshot?.scenario;
    if (!saved) return;
    void act('saving', async () => {
      const s = await updateScenario(saved.id, { version: saved.version, policy: toInput(policy) });
      return t('page.policySaved', { policy: t(`policy.preset.${policy.preset}.title`), scenario: s.name });
    });
  };
  // A job that ended meanwhile answers 409: its stream brings the outcome anyway.
  const onCancelJob = () => job && void cancelJob(job.id).catch((e: unknown) => {
    if (!(e instanceof ApiError && e.status === 409)) setNotice({ kind: 'error', error: e });
  });
  const onApprove = () => plan && act('approving', async () => {
    const p = await approvePlan(plan.id, plan.version);
    return t('page.approved', { version: p.version });
  });
  const onReload = () => {
    setConflict(null);
    if (plan) void invalidateQueries(['plans']).then(() => setNotice({ kind: 'ok', text: t('page.reloaded') }));
  };
  const onCopy = () => plan && scenarioId && act('copying', async () => {
    const saved = await createPlan(scenarioId, t('page.copyName', { name: plan.name, user: user.username }), draft.sorties);
    setConflict(null);
    setParams({ scenario: scenarioId, plan: saved.id });
    return t('page.copied', { name: saved.name });
  });

  const hazardActions = {
    onStart: () => {
      if (!snapshot) return;
      setSelection(null);
      setHazardEdit({ mode: 'select' as DrawMode, zones: snapshot.scenario.hazardZones, dirty: false, scenarioId: snapshot.scenario.id });
    },
    onMode: (mode: DrawMode) => setHazardEdit((h) => h && { ...h, mode }),
    onChange: (features: DrawFeature[]) => setHazardEdit((h) => h && {
      ...h, dirty: true, zones: drawFeaturesToZones(features, new Map(h.zones.map((z) => [z.id, z.name]))),
    }),
    onFinish: () => setHazardEdit((h) => h && { ...h, mode: 'select' }),
    onRename: (id: string, name: string) => setHazardEdit((h) => h && { ...h, dirty: true, zones: h.zones.map((z) => (z.id === id ? { ...z, name } : z)) }),
    onDelete: (id: string) => drawApi.current?.remove(id),
    onDiscard: () => setHazardEdit(null),
    onSave: () => {
      const saved = savedSnapshot?.scenario;
      const edit = hazardEdit;
      if (!saved || !edit) return;
      void act('saving', async () => {
        const zones = edit.zones.map((z) => ({ ...z, name: z.name.trim() || t('hazards.defaultName') }));
        const s = await updateScenario(saved.id, { version: saved.version, hazardZones: zones });
        setHazardEdit(null);
        const closed = snapshot ? airportsClosed(s.hazardZones, snapshot.airports) : [];
        return t(closed.length ? 'hazards.savedClosed' : 'hazards.saved', { scenario: s.name, count: s.hazardZones.length, closed: closed.join(', ') });
      });
    },
    onZoom: (z: HazardZone) => {
      const ring = z.geometry.coordinates[0] ?? [];
      const lons = ring.map((p) => p[0]);
      const lats = ring.map((p) => p[1]);
      mapRef.current?.fitBounds([[Math.min(...lons), Math.min(...lats)], [Math.max(...lons), Math.max(...lats)]], { padding: 120, maxZoom: 9, duration: 800 });
    },
  };

  const error = scenarios.error ?? dataError ?? plans.error ?? planQ.error;
  // A deployment without data has no scenario: say what to do instead of waiting for one forever.
  const noScenarios = scenarios.status === 'success' && (scenarios.data ?? []).length === 0;
  const noAcceptedOffers = !!snapshot && !snapshot.offers.some((o) => o.status === 'accepted');
  const scenario = snapshot?.scenario;
  const selectedArea = selection?.kind === 'area' ? snapshot?.areas.find((a) => a.id === selection.id) : undefined;
  const selectedAirport = selection?.kind === 'airport' ? snapshot?.airports.find((a) => a.id === selection.id) : undefined;
  const dataReady = !!mapData && (!planId || !!plan || !!planQ.error);
  useEffect(() => { if (dataReady) performance.mark('neo-data-ready'); }, [dataReady]);

  return (
    <DragMoveContext value={dragMove.api}>
    <main className="planner">
      <aside className="panel" aria-label={t('page.panel')} {...sheet.panelProps}>
        <SheetHandle sheet={sheet} />
        <PlanBar scenarios={scenarios.data ?? []} scenarioId={scenarioId} plans={plans.data} plan={plan} draft={draft}
          onScenario={(id) => leaveDraft() && (setSelection(null), setFocus(null), setHazardEdit(null), setParams({ scenario: id, plan: null }))}
          onPlan={(id) => leaveDraft() && setParams({ plan: id })}
          isPlanner={isPlanner} busy={busy} violationCount={violations.length}
          onNewPlan={onNewPlan} onSave={onSave} onOptimize={onOptimize} onApprove={onApprove} />
        {plan && <PlannedOnBanner plannedOn={plan.plannedOn} status={plan.status} />}
        {plan && isPlanner && snapshot && <ReplanForm plan={plan} scenario={snapshot.scenario} busy={!!busy} onReplan={onReplanFrom} />}
        <ErrorAlert error={error} title={t('page.loadFailed')} />
        {notice?.kind === 'error' && <ErrorAlert error={notice.error} onDismiss={() => setNotice(null)} />}
        {notice?.kind === 'ok' && <div className="alert alert-ok" role="status"><span>{notice.text}</span><button type="button" className="btn-link" onClick={() => setNotice(null)}>{t('common:dismiss')}</button></div>}
        {user.role === 'liaison' && <p className="alert alert-info"><Trans t={t} i18nKey="page.liaison" components={{ link: <a href="/offers" /> }} /></p>}
        {scenario && <Clamp className="scenario-desc hint" text={scenario.description} />}
        <nav className="tabs" role="tablist" aria-label={t('page.tabs')}>
          {TABS.map((id) => (
            <button key={id} type="button" role="tab" aria-selected={tab === id} className="tab" onClick={() => setTab(id)}>
              {t(`page.tab.${id}`)}{id === 'overview' && violations.length > 0 && <span className="count count-bad">{violations.length}</span>}
            </button>
          ))}
        </nav>
        <div className="panel-body" key={tab}>
          {noScenarios && (
            <div className="empty">
              <h2>{t('page.noScenario.title')}</h2>
              <p><Trans t={t} i18nKey="page.noScenario.text" components={{ link: <a href="/api/docs" /> }} /></p>
              <button type="button" className="btn" onClick={() => void scenarios.refetch()}>{t('page.noScenario.check')}</button>
            </div>
          )}
          {!snapshot && !error && !noScenarios && <Spinner label={t('page.loadingScenario')} />}
          {tab === 'overview' && snapshot && (
            plan ? (
              <>
                {analysis?.error ? <ErrorAlert error={analysis.error} title={t('page.checkFailed')} /> : null}
                <ViolationGroups violations={violations} onShow={showViolation} sortieName={sortieName}
                  airportLabel={(id) => lookup?.airportLabel(id) ?? id} areaName={(id) => lookup?.areaName(id) ?? id}
                  offerName={(id) => (lookup ? offerName(lookup.offers.get(id), lookup) : id)}
                  onArea={(id) => select({ kind: 'area', id })} onAirport={(id) => select({ kind: 'airport', id })} />
                {(analysis?.metrics ?? plan.metrics) && <MetricsPanel metrics={(analysis?.metrics ?? plan.metrics)!} stale={!!analysis?.stale} />}
                {(analysis?.leftBehind ?? plan.leftBehind) && <LeftBehindList leftBehind={(analysis?.leftBehind ?? plan.leftBehind)!} onArea={(id) => select({ kind: 'area', id })} />}
                <DeparturesTimeline sorties={draft.sorties} airports={snapshot.airports} startsAt={snapshot.scenario.startsAt} horizonHours={snapshot.scenario.horizonHours} onAirport={(id) => select({ kind: 'airport', id })}
                  hour={hour} onHour={(h) => { setPlaying(false); setHour(h); }} />
              </>
            ) : planQ.status === 'loading' ? <Spinner label={t('page.loadingPlan')} /> : (
              <div className="empty">
                <h2>{t('page.noPlan.title')}</h2>
                <p>{isPlanner ? t('page.noPlan.planner') : t('page.noPlan.other')}</p>
                {isPlanner && noAcceptedOffers && (
                  <p className="alert alert-info"><Trans t={t} i18nKey="page.noPlan.noOffers" components={{ link: <Link to="/offers" /> }} /></p>
                )}
                {isPlanner && <button type="button" className="btn btn-primary" onClick={onNewPlan} disabled={!!busy}>{t('page.noPlan.run')}</button>}
              </div>
            )
          )}
          {tab === 'edit' && snapshot && lookup && (
            !plan ? <p className="muted">{t('page.select.noPlan')}</p>
            : selectedArea ? (
              <AreaEditor area={selectedArea} sorties={draft.sorties} lookup={lookup} editable={!!editable} apply={draft.apply}
                targets={(exclude) => moveTargets(snapshot, draft.sorties, selectedArea.id, exclude)}
                reachableAirports={new Set(snapshot.airports.filter((a) => a.zone === selectedArea.zone && a.country === selectedArea.country).map((a) => a.id))}
                violations={violations.filter((v) => v.assemblyAreaId === selectedArea.id
                  || (!!v.sortieId && !v.assemblyAreaId && draft.sorties.some((s) => s.id === v.sortieId && s.allocations.some((a) => a.assemblyAreaId === selectedArea.id))))}
                onError={(e) => setNotice({ kind: 'error', error: e })} />
            ) : selectedAirport ? (
              <AirportEditor airport={selectedAirport} props={airportFC?.features.find((f) => f.id === selectedAirport.id)?.properties} scenario={snapshot.scenario}
                sorties={draft.sorties} lookup={lookup} editable={!!editable} apply={draft.apply}
                violations={violations.filter((v) => v.airportId === selectedAirport.id || (!!v.sortieId && draft.sorties.some((s) => s.id === v.sortieId && s.originAirportId === selectedAirport.id)))}
                onError={(e) => setNotice({ kind: 'error', error: e })} onArea={(id) => select({ kind: 'area', id })} />
            ) : (
              <div className="empty">
                <h2>{t('page.select.title')}</h2>
                <p><Trans t={t} i18nKey="page.select.area" components={{ strong: <strong /> }} /></p>
                <p><Trans t={t} i18nKey="page.select.airport" components={{ strong: <strong /> }} /></p>
                <p className="hint">{t('page.select.hint')}</p>
              </div>
            )
          )}
          {tab === 'hazards' && snapshot && (
            <HazardPanel zones={snapshot.scenario.hazardZones} airports={snapshot.airports.filter((a) => snapshot.scenario.countries.includes(a.country))}
              isPlanner={isPlanner} editing={hazardEdit} saving={busy === 'saving'} {...hazardActions} />
          )}
          {tab === 'policy' && savedSnapshot && (
            <PolicyPanel scenario={savedSnapshot.scenario} plan={plan} isPlanner={isPlanner} busy={!!busy} onSave={onSavePolicy} />
          )}
          {tab === 'compare' && snapshot && (
            <ComparePanel base={snapshot.scenario} scenarios={scenarios.data ?? []} variantId={params.get('compare')} airports={snapshot.airports}
              isPlanner={isPlanner} busy={!!busy} run={(kind, fn) => void act(kind, fn)}
              onVariant={(id) => setParams({ compare: id })}
              onOpen={(sid, pid) => leaveDraft() && (setSelection(null), setFocus(null), setTab('overview'), setParams({ scenario: sid, plan: pid, compare: sid === scenarioId ? params.get('compare') : scenarioId }))} />
          )}
        </div>
      </aside>
      <div className="map-wrap" data-map-idle={mapIdle ? 'true' : 'false'}>
        <PlannerMap data={mapData ?? EMPTY_MAP} theatre={scenario?.countries ?? []} mapRef={mapRef} dataReady={dataReady} interactive={!hazardEdit} onSelect={select}
          onFirstIdle={onFirstIdle} toggles={toggles}>
          {sortiePick.focus && <SortieFocus data={sortiePick.focus} />}
          {hazardEdit && snapshot && (
            <HazardDraw zones={snapshot.scenario.hazardZones} mode={hazardEdit.mode} apiRef={drawApi}
              onChange={hazardActions.onChange} onFinish={hazardActions.onFinish} />
          )}
        </PlannerMap>
        {snapshot && <MapDropTargets mapRef={mapRef} airports={snapshot.airports} sorties={draft.sorties} />}
        {hazardEdit && <div className="map-status map-status-draw">{t('hazards.status', { what: t(`hazards.mode.${hazardEdit.mode}`) })}</div>}
        {!dataReady && !error && !noScenarios && <div className="map-status"><Spinner label={t('page.loadingScenario')} /></div>}
        {snapshot && <MapToolbar findables={findables} countries={snapshot.scenario.countries} sdf={sdf.countries} toggles={toggles} onToggles={setToggles} onFit={(c) => fitCountry(c)} onFind={onFind} />}
        {timeline && (
          <div className="map-bottom">
            {scheduleOpen && lookup && snapshot && (
              <SchedulePanel sorties={draft.sorties} airports={snapshot.airports} timeline={timeline} lookup={lookup} hour={hour} onHour={(h) => { setPlaying(false); setHour(h); }}
                selectedId={sortiePick.sortieId} onSelect={sortiePick.select} editable={!!editable} apply={draft.apply}
                onAirport={(id) => select({ kind: 'airport', id })} onArea={(id) => select({ kind: 'area', id })} onClose={() => { setScheduleOpen(false); sortiePick.select(null); }} />
            )}
            <TimeBar horizonHours={timeline.horizonHours} startMs={timeline.startMs} hour={hour} onHour={setHour} playing={playing} onPlaying={setPlaying} state={timeState} totalEvacuees={timeline.totalEvacuees}
              scheduleOpen={scheduleOpen} onSchedule={(open) => { setScheduleOpen(open); if (open) sheet.collapse(); }} />
          </div>
        )}
        <MapLegend />
        <BusyOverlay label={busy ? t(`page.busy.${busy}`) : null} job={job} onCancel={onCancelJob} />
      </div>
      <ConflictDialog open={!!conflict} message={conflict ?? ''} busy={busy === 'copying'} onReload={onReload} onCopy={onCopy} onClose={() => setConflict(null)} />
      {dragMove.pending && snapshot && lookup && (
        <DropDialog key={`${dragMove.pending.fromSortieId}>${dragMove.pending.toSortieId}`} drop={dragMove.pending} snapshot={snapshot} sorties={draft.sorties} lookup={lookup}
          onApply={(edit) => { try { draft.apply(edit); } catch (e) { setNotice({ kind: 'error', error: e }); } }} onClose={dragMove.close} />
      )}
    </main>
    </DragMoveContext>
  );
}
