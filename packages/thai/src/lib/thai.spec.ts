import { thai } from './thai';

describe('thai', () => {
  it('should work', () => {
    expect(thai()).toEqual('thai');
  })
})
