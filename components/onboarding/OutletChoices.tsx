import type { Outlet } from '../../lib/core/outlets/catalogue';
import { outletLabel } from '../../lib/core/outlets/label';
import type { RegionGroup } from './selection';

/** The catalogue's outlets by region, each with a checkbox. */
export function OutletChoices({ groups, chosen, disabled, onToggle }: { groups: RegionGroup[]; chosen: ReadonlySet<string>; disabled: boolean; onToggle: (id: string) => void }) {
  return (
    <div class="regions">
      {groups.map((group) => (
        <fieldset key={group.region} class="region" data-region={group.region}>
          <legend>{group.region}</legend>
          <ul>
            {group.outlets.map((outlet) => (
              <OutletChoice key={outlet.id} outlet={outlet} checked={chosen.has(outlet.id)} disabled={disabled} onToggle={() => onToggle(outlet.id)} />
            ))}
          </ul>
        </fieldset>
      ))}
    </div>
  );
}

function OutletChoice({ outlet, checked, disabled, onToggle }: { outlet: Outlet; checked: boolean; disabled: boolean; onToggle: () => void }) {
  return (
    <li class="outlet" data-id={outlet.id}>
      <label title={outlet.owner ? `Owner: ${outlet.owner}` : undefined}>
        <input type="checkbox" class="outlet-check" checked={checked} disabled={disabled} onChange={onToggle} />
        <span class="outlet-name">{outlet.name}</span> <span class="outlet-meta">{outletLabel(outlet)}</span>
        {outlet.stateControlled && <span class="outlet-state">state-controlled</span>}
      </label>
    </li>
  );
}
