// npm run build [-- --region <id>]: checks and builds every region (or one) into dist/<region>/.
import { buildAll } from '../src/build/build.ts';

process.exitCode = await buildAll(process.argv.slice(2));
