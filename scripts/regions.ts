#!/usr/bin/env node
// Prints the published regions as JSON (used by the CI matrix).
import { publishedRegions } from '../src/build/regions.ts';

console.log(JSON.stringify(publishedRegions()));
