import { writeFileSync } from 'node:fs';
import type { IPluginContext } from '@tarojs/service';
import type { Stats } from 'webpack';

// BUILD_STATS=1: which modules each chunk holds (sizes before minification), written beside the
// output folder (dist-h5-stats.json) for `node scripts/h5FirstLoad.mjs --modules`.
export default (ctx: IPluginContext) => {
  ctx.onBuildFinish(({ stats }: { stats?: Stats }) => {
    if (!process.env.BUILD_STATS || !stats) return;
    // Every module, named: webpack otherwise names only the modules built in this compilation.
    const json = stats.toJson({
      all: false,
      chunks: true,
      chunkModules: true,
      nestedModules: true,
      ids: true,
      cachedModules: true,
      chunkModulesSpace: Infinity,
      nestedModulesSpace: Infinity,
    });
    // A concatenated module lists its parts, a group its members: count each part under its own name.
    type Module = NonNullable<NonNullable<typeof json.chunks>[number]['modules']>[number];
    const leaves = (m: Module): { name: string; size: number }[] => {
      const parts = [...(m.modules ?? []), ...(m.children ?? [])];
      return parts.length ? parts.flatMap(leaves) : [{ name: m.name || m.identifier || '', size: m.size ?? 0 }];
    };
    const chunks = (json.chunks ?? []).map((c) => ({ files: c.files ?? [], modules: (c.modules ?? []).flatMap(leaves) }));
    writeFileSync(`${ctx.paths.outputPath}-stats.json`, JSON.stringify({ chunks }));
  });
};
