import { FakeClock } from "../cluster/clock";

/**
 * Simulated time that moves only when something waits: the headless CLI and the golden tests run on it
 * so that a transcript is the same on every machine. A foreground command that waits (sleep, rollout
 * status, minikube start's pacing) lets the sandbox jump straight to the next due timer
 * (`advanceTo(nextTimerAt())`), the discrete-event way, instead of sleeping for real. It is the tests'
 * FakeClock, given its own type so a sandbox can tell virtual time from wall-clock time.
 */
export class VirtualClock extends FakeClock {
  /** When the earliest timer falls due, or undefined when none is pending. */
  nextTimerAt(): number | undefined {
    return this.nextDue();
  }
}
