import { SetMetadata } from '@nestjs/common';
import { LAO_ROLES, type Role } from '@elderwork/contracts';

export const PUBLIC_KEY = 'elderwork:public';
export const ROLES_KEY = 'elderwork:roles';

/** No token needed (health, login). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

/** Only these roles; everyone else gets 403. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

/** Person-level data: staff and admins of an LAO, never provincial or DLA officers. */
export const PersonLevel = (): MethodDecorator & ClassDecorator => Roles(...LAO_ROLES);
