import type { BoardParts } from '../engine/template-context';
import { MonitoringFrame } from './approved-actions';
import { MonitoredActionField } from './MonitoredActionField';
import { MonitoringOverview } from './MonitoringOverview';

/** What the monitoring has of its own: its overview, and each card's action as the approved plan states it. */
const parts: BoardParts = {
  Frame: MonitoringFrame,
  parts: { 'monitoring-summary': MonitoringOverview },
  fields: { 'monitored-action': MonitoredActionField },
};
export default parts;
