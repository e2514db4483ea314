// First step of `npm run build`: refuses a production build whose SITE_URL is missing or local
// (lib/site/deploy-check.ts). Exit 1 with the reason on stderr.
import { productionSiteUrlProblem } from '../lib/site/deploy-check';

const problem = productionSiteUrlProblem(process.env);
if (problem !== null) {
  console.error(`build refused: ${problem}`);
  process.exit(1);
}
