import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
// Natural Earth 1:110m countries (world-atlas): bundled into the map's lazy chunk, so the service
// worker precaches it with the app and the map makes no request of its own (works offline).
import worldText from 'world-atlas/countries-110m.json?raw';
import { countryKey } from './actorCountries';

export interface CountryShape {
  readonly key: string;
  readonly name: string;
  readonly feature: Feature<Geometry, { name: string }>;
}

let countries: readonly CountryShape[] | undefined;

/** Every country of Natural Earth's 1:110m set, parsed once. */
export function countryShapes(): readonly CountryShape[] {
  if (!countries) {
    const world = JSON.parse(worldText) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const collection = feature(world, world.objects.countries);
    countries = collection.features.map((f) => ({
      key: countryKey(f.properties.name),
      name: f.properties.name,
      feature: f,
    }));
  }
  return countries;
}
