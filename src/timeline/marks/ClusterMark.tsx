import { useT } from '../../i18n/useT';
import type { Cluster } from '../layout/layout';
import { CLUSTER_H, clusterWidth } from './markGeometry';

interface Props {
  readonly cluster: Cluster;
  readonly onExpand: () => void;
}

/** Several events that do not fit their lane, as one "+N" button that zooms in to show them. */
export function ClusterMark({ cluster, onExpand }: Props) {
  const t = useT();
  const label = `+${cluster.count}`;
  const w = clusterWidth(cluster.count);
  return (
    <g
      className="cluster"
      role="button"
      tabIndex={-1}
      aria-label={t('clusterMore', { n: cluster.count })}
      onClick={onExpand}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          e.stopPropagation();
          onExpand();
        }
      }}
    >
      <rect x={cluster.x} y={cluster.y - CLUSTER_H / 2} width={w} height={CLUSTER_H} rx={CLUSTER_H / 2} />
      <text x={cluster.x + w / 2} y={cluster.y + 4} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}
