/**
 * `/version` as minikube v1.18's API server answers it (KUBECTL_REFERENCE.md §1): the official v1.20.2
 * build values, always indented (apiserver/pkg/endpoints/discovery/version.go uses WriteRawJSON).
 */
import version from "./version.json";

export const VERSION_INFO = version;
