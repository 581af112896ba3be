import { generateFiles } from './codegen/generateFiles'

// `npm run generate`: run after changing collections, fields or admin components.
generateFiles()
