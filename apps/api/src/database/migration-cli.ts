// Data source for the TypeORM CLI (npm run migration:generate). Not used at runtime.
import { ownerDataSource } from './data-sources';

export default ownerDataSource(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/elderwork_dev');
