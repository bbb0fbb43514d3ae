// North Korea's own IPv4 networks (rules/dprk-networks.json), as a node:net BlockList per range.

import { BlockList } from 'node:net';
import { z } from 'zod';
import { loadRule, ruleEnvelope } from './load.js';

const buildSchema = () =>
  ruleEnvelope.extend({
    networks: z.array(
      z.object({
        cidr: z.string().regex(/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/),
        holder: z.string(),
        severity: z.enum(['high', 'critical']),
        source: z.string(),
      }),
    ),
  });

export type DprkNetwork = z.output<ReturnType<typeof buildSchema>>['networks'][number];

let networks: { network: DprkNetwork; list: BlockList }[] | undefined;

/** The range of the rules an IPv4 address is in, if any. */
export function dprkNetworkOf(ip: string): DprkNetwork | undefined {
  networks ??= loadRule('dprk-networks', buildSchema()).networks.map((network) => {
    const [address, prefix] = network.cidr.split('/');
    const list = new BlockList();
    list.addSubnet(address, Number(prefix), 'ipv4');
    return { network, list };
  });
  return networks.find(({ list }) => list.check(ip, 'ipv4'))?.network;
}
