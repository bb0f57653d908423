// The ARM template's resources, typed against the official Azure SDK models (@azure/arm-network,
// a devDependency imported for types only: nothing of it reaches the bundle or the runtime). A
// misspelt property, a property the service sets itself (readonly in the SDK) or an enum value the
// SDK does not know fails `npm run build` / `npm run typecheck`.
//
// The SDK flattens a resource's `properties` bag into the model; an ARM template keeps it nested.
// Each resource below names which of the model's keys stay at the top level (sku, zones, identity)
// and nests the rest under `properties`. Extensible enums are `string` in the SDK, with the known
// values in a `Known…` enum; `${KnownX}` narrows a field to those values at the type level (and
// types the few closed lists at the end of this file, which both exports offer as parameter values).
// Property names: https://learn.microsoft.com/javascript/api/@azure/arm-network/ (one page per
// interface) and the template reference, https://learn.microsoft.com/azure/templates/microsoft.network/.
import type * as N from "@azure/arm-network";

/** An ARM template language expression, `[parameters('x')]`. */
export type ArmExpression = `[${string}]`;

type IfEquals<X, Y, A, B = never> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : B;
/** Keys a deployment may set: the SDK marks what only the service sets as readonly. */
type WritableKeys<T> = { [K in keyof T]-?: IfEquals<{ [Q in K]: T[K] }, { -readonly [Q in K]: T[K] }, K> }[keyof T];

/**
 * A model as template input: writable keys only, all optional (ARM fills defaults), and any number,
 * boolean or closed enum may instead be an expression (a parameter). Plain strings already are.
 */
export type ArmInput<T> = T extends string
  ? string extends T
    ? string
    : T | ArmExpression
  : T extends number | boolean
    ? T | ArmExpression
    : T extends readonly (infer U)[]
      ? ArmInput<U>[]
      : T extends object
        ? string extends keyof T
          ? // A map (userAssignedIdentities): its keys may be parameters, so the whole map is an expression.
            { [key: string]: ArmInput<T[string & keyof T]> } | ArmExpression
          : { [K in WritableKeys<T>]?: ArmInput<T[K]> }
        : T;

/** A sub-resource inside a resource's properties (ip configurations, port links): ARM nests its properties too. */
export type ArmSubResource<M> = { name?: string; id?: string; properties?: ArmInput<Omit<M, "id" | "name" | "etag" | "type">> };

/** Replaces the listed fields of a model with narrower types (the SDK's known enum values). */
type Narrow<T, E> = Omit<T, keyof E> & E;

/** Keys every SDK resource model carries that an ARM template sets outside `properties`, or never. */
type ResourceKeys = "id" | "name" | "type" | "location" | "tags" | "etag";

interface ResourceBase<Type extends string> {
  type: Type;
  apiVersion: string;
  name: string;
  /** ARM's own field for notes on a resource (template syntax: resources[].comments). */
  comments?: string;
  condition?: ArmExpression;
  dependsOn?: string[];
}

/** A template resource: top-level keys of the model beside `properties`, the rest nested. */
export type ArmResource<Type extends string, Model, Top extends keyof Model = never> = ResourceBase<Type> & {
  location?: string;
  properties: ArmInput<Omit<Model, ResourceKeys | Top>>;
} & ArmInput<Pick<Model, Top>>;

// --- Narrowed models: the fields whose values the generator writes get the SDK's known values. ---

type CircuitSku = Narrow<N.ExpressRouteCircuitSku, { tier?: `${N.KnownExpressRouteCircuitSkuTier}`; family?: `${N.KnownExpressRouteCircuitSkuFamily}` }>;
type Circuit = Narrow<N.ExpressRouteCircuit, { sku?: CircuitSku }>;
type Peering = Narrow<N.ExpressRouteCircuitPeering, { peeringType?: `${N.KnownExpressRoutePeeringType}` }>;
type MacSecConfig = Narrow<N.ExpressRouteLinkMacSecConfig, { cipher?: `${N.KnownExpressRouteLinkMacSecCipher}`; sciState?: `${N.KnownExpressRouteLinkMacSecSciState}` }>;
type Link = Narrow<N.ExpressRouteLink, { adminState?: `${N.KnownExpressRouteLinkAdminState}`; macSecConfig?: MacSecConfig }>;
type Port = Narrow<N.ExpressRoutePort, { encapsulation?: `${N.KnownExpressRoutePortsEncapsulation}`; links?: ArmSubResource<Link>[]; identity?: Narrow<N.ManagedServiceIdentity, { type?: "UserAssigned" }> }>;
type PublicIpSku = Narrow<N.PublicIPAddressSku, { name?: `${N.KnownPublicIPAddressSkuName}`; tier?: `${N.KnownPublicIPAddressSkuTier}` }>;
type PublicIp = Narrow<N.PublicIPAddress, { sku?: PublicIpSku; publicIPAllocationMethod?: `${N.KnownIPAllocationMethod}` }>;
type GatewayIpConfiguration = Narrow<N.VirtualNetworkGatewayIPConfiguration, { privateIPAllocationMethod?: `${N.KnownIPAllocationMethod}` }>;
type GatewaySku = Narrow<N.VirtualNetworkGatewaySku, { name?: `${N.KnownVirtualNetworkGatewaySkuName}`; tier?: `${N.KnownVirtualNetworkGatewaySkuTier}` }>;
type Gateway = Narrow<N.VirtualNetworkGateway, { gatewayType?: `${N.KnownVirtualNetworkGatewayType}`; sku?: GatewaySku; ipConfigurations?: ArmSubResource<GatewayIpConfiguration>[] }>;
// virtualNetworkGateway1 is a whole gateway in the SDK; a template passes a reference ({ id }).
type Connection = Narrow<N.VirtualNetworkGatewayConnection, { connectionType?: `${N.KnownVirtualNetworkGatewayConnectionType}`; virtualNetworkGateway1?: N.SubResource }>;

// --- The resources the generator writes (property names as the SDK models spell them). ---

export type CircuitResource = ArmResource<"Microsoft.Network/expressRouteCircuits", Circuit, "sku">;
export type PeeringResource = ArmResource<"Microsoft.Network/expressRouteCircuits/peerings", Peering>;
export type GlobalReachResource = ArmResource<"Microsoft.Network/expressRouteCircuits/peerings/connections", N.ExpressRouteCircuitConnection>;
export type PortResource = ArmResource<"Microsoft.Network/expressRoutePorts", Port, "identity">;
export type PublicIpResource = ArmResource<"Microsoft.Network/publicIPAddresses", PublicIp, "sku" | "zones">;
export type GatewayResource = ArmResource<"Microsoft.Network/virtualNetworkGateways", Gateway>;
export type ConnectionResource = ArmResource<"Microsoft.Network/connections", Connection>;
export type HubResource = ArmResource<"Microsoft.Network/virtualHubs", N.VirtualHub>;
export type HubGatewayResource = ArmResource<"Microsoft.Network/expressRouteGateways", N.ExpressRouteGateway>;
export type HubConnectionResource = ArmResource<"Microsoft.Network/expressRouteGateways/expressRouteConnections", N.ExpressRouteConnection>;

export type TemplateResource =
  | CircuitResource
  | PeeringResource
  | GlobalReachResource
  | PortResource
  | PublicIpResource
  | GatewayResource
  | ConnectionResource
  | HubResource
  | HubGatewayResource
  | HubConnectionResource;

/** A template parameter (template syntax: parameters). */
export interface TemplateParameter {
  type: "string" | "securestring" | "int" | "bool";
  defaultValue?: string | number | boolean;
  allowedValues?: (string | number)[];
  minValue?: number;
  maxValue?: number;
  minLength?: number;
  maxLength?: number;
  metadata: { description: string };
}

export interface ArmTemplate {
  $schema: string;
  contentVersion: string;
  metadata: Record<string, unknown>;
  parameters: Record<string, TemplateParameter>;
  resources: TemplateResource[];
  outputs: Record<string, { type: "string"; value: string }>;
}

// Closed lists the exports offer as parameter values, typed against the SDK's known values.
export const MACSEC_CIPHERS: readonly `${N.KnownExpressRouteLinkMacSecCipher}`[] = ["GcmAes128", "GcmAes256", "GcmAesXpn128", "GcmAesXpn256"];
export const MACSEC_SCI_STATES: readonly `${N.KnownExpressRouteLinkMacSecSciState}`[] = ["Enabled", "Disabled"];
export const PORT_ENCAPSULATIONS: readonly `${N.KnownExpressRoutePortsEncapsulation}`[] = ["Dot1Q", "QinQ"];
