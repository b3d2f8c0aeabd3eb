import type { NativeModule } from './registry'

/**
 * A standard-library module written in Python: its source runs in the module's namespace on
 * first import, as a `.py` file would (tracebacks name the file `<stdlib>/<name>.py`).
 */
export function pythonSourceModule(name: string, source: string): NativeModule {
  return {
    name,
    build(module, interp) {
      module.set('__file__', `<stdlib>/${name.replace(/\./g, '/')}.py`)
      interp.exec(source, `<stdlib>/${name.replace(/\./g, '/')}.py`, module.dict)
    },
  }
}
