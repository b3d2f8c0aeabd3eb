import { md5 } from 'js-md5'
import type { PyValue } from '../../objects/base'
import { nativeFunction } from '../../objects/native'
import { asInt, norm } from '../../objects/numbers'
import { pyError, TypeError } from '../../objects/exceptions'
import { typeOf } from '../../objects/types'
import { sha1 } from '../hashing/sha'
import { utf8Encode } from '../hashing/utf8'
import type { NativeModule } from '../registry'
import { effectsOf } from '../stdlib-effects'

function bytesToInt(bytes: ArrayLike<number>, count: number): bigint {
  let n = 0n
  for (let i = 0; i < count; i++) n = (n << 8n) | BigInt(bytes[i]!)
  return n
}

function intToBytes(value: bigint, count: number): number[] {
  const out: number[] = []
  for (let i = count - 1; i >= 0; i--) out.push(Number((value >> BigInt(i * 8)) & 0xffn))
  return out
}

/** `_uuid_support`: random 128-bit values and the MD5/SHA-1 name hashes behind `uuid`. */
export const uuidSupportModule: NativeModule = {
  name: '_uuid_support',
  build(module, interp) {
    const effects = effectsOf(interp)
    module.set(
      'random_int',
      nativeFunction('random_int', '(nbytes, /)', ([n]) => {
        const count = Number(asInt(n) ?? 16)
        return norm(bytesToInt(effects.randomBytes(count), count))
      }),
    )
    module.set(
      'name_hash',
      nativeFunction(
        'name_hash',
        '(algorithm, namespace, name, /)',
        ([algorithm, namespace, name]: PyValue[]) => {
          if (typeof name !== 'string') throw pyError(TypeError, `Strings must be encoded before hashing`)
          const ns = asInt(namespace)
          if (ns === undefined)
            throw pyError(TypeError, `'${typeOf(namespace).name}' object cannot be interpreted as an integer`)
          const data = Uint8Array.from([...intToBytes(BigInt(ns), 16), ...utf8Encode(name)])
          const digest = algorithm === 'md5' ? md5.array(data) : [...sha1(data)]
          return norm(bytesToInt(digest, 16))
        },
      ),
    )
  },
}
