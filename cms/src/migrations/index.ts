import * as migration_20261121_215411_initial from './20261121_215411_initial';

export const migrations = [
  {
    up: migration_20261121_215411_initial.up,
    down: migration_20261121_215411_initial.down,
    name: '20261121_215411_initial'
  },
];
