// Every migration, named so they sort in order. A static map (no directory scan) so that esbuild
// can bundle the migrations into a cloud function.
import type { Migration } from 'kysely';
import { initial } from './0001_initial';
import { birthBundle } from './0002_birth_bundle';
import { childrenVaccines } from './0003_children_vaccines';
import { subsidies } from './0004_subsidies';
import { nurseries } from './0005_nurseries';
import { birthFacts } from './0006_birth_facts';
import { sharedGateways } from './0007_shared_gateways';
import { abuseResistance } from './0008_abuse_resistance';
import { wechat } from './0009_wechat';
import { policySettingsPayoutFailures } from './0010_policy_settings_payout_failures';
import { speed } from './0012_speed';
import { stepFix } from './0014_step_fix';
import { pregnancies } from './0015_pregnancies';
import { childHealth } from './0016_child_health';
import { maternalChildReported } from './0017_maternal_child_reported';
import { birthOtherParentConsent } from './0018_birth_other_parent_consent';

export const migrations: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_birth_bundle': birthBundle,
  '0003_children_vaccines': childrenVaccines,
  '0004_subsidies': subsidies,
  '0005_nurseries': nurseries,
  '0006_birth_facts': birthFacts,
  '0007_shared_gateways': sharedGateways,
  '0008_abuse_resistance': abuseResistance,
  '0009_wechat': wechat,
  '0010_policy_settings_payout_failures': policySettingsPayoutFailures,
  '0012_speed': speed,
  '0014_step_fix': stepFix,
  '0015_pregnancies': pregnancies,
  '0016_child_health': childHealth,
  '0017_maternal_child_reported': maternalChildReported,
  '0018_birth_other_parent_consent': birthOtherParentConsent,
};
