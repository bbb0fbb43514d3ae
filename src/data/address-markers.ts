import { z } from 'zod';
import { loadRule, ruleEnvelope } from './load.js';

const markersSchema = ruleEnvelope.extend({
  markers: z.array(z.object({ phrase: z.string().min(1), kind: z.string() })),
});

const forwardersSchema = ruleEnvelope.extend({
  forwarders: z.array(z.object({ name: z.string(), phrases: z.array(z.string().min(1)).min(1), source: z.url() })),
});

export type MailDropMarker = z.output<typeof markersSchema>['markers'][number];
export type Forwarder = z.output<typeof forwardersSchema>['forwarders'][number];

export function mailDropMarkers(): MailDropMarker[] {
  return loadRule('mail-drop-markers', markersSchema).markers;
}

export function freightForwarders(): Forwarder[] {
  return loadRule('freight-forwarders', forwardersSchema).forwarders;
}
