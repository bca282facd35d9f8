import 'reflect-metadata';
import { buildSchema, Mutation, Query, Resolver } from 'type-graphql';
import { assertMutationRoles, authChecker } from '../../../src/graphql/auth/auth-checker';

// type-graphql's metadata is per module registry: this file's mutation is seen by this file alone.
@Resolver()
class ForgetfulResolver {
  @Query(() => Boolean)
  ping(): boolean {
    return true;
  }

  // A mutation added without @Authorized.
  @Mutation(() => Boolean)
  openTheDoor(): boolean {
    return true;
  }
}

describe('assertMutationRoles', () => {
  it('refuses a schema with a mutation that declares no role, naming it', async () => {
    await buildSchema({ resolvers: [ForgetfulResolver], authChecker, validate: false });
    expect(() => assertMutationRoles()).toThrow(
      'auth: mutations without @Authorized, which nobody could be let use: openTheDoor',
    );
  });
});
