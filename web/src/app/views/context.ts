import type { AppModel } from '../model.js';
import type { ViewState } from '../../transforms/url-state.js';
import type { WhatIfState } from '../../transforms/what-if.js';

/** What a view can ask the app to do. */
export interface ViewActions {
  /** Changes view choices (kept in the URL); `rerender` false for changes the view already shows (zoom). */
  setView: (patch: Partial<Omit<ViewState, 'whatIf'>>, rerender?: boolean) => void;
  /** Moves the what-if levers and re-runs. */
  setWhatIf: (state: WhatIfState) => void;
  /** Opens the file picker. */
  openFile: () => void;
  /** Stops the run in flight. */
  stop: () => void;
  /** Called by a view once it has drawn its first chart for the current results. */
  chartsDrawn: () => void;
}

/** A view draws into its container from the model. */
export type View = (container: HTMLElement, model: AppModel, actions: ViewActions) => void;
