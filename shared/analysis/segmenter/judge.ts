// The piece judge the engine uses by default: the averaged perceptron in pieceRoles.json (rebuilt by
// `npm run train` from the labelled real CVs), read as margins of "title" and "organisation" over "other".
import type { PieceJudge } from "../roles.ts";
import { pieceFeatures } from "./features.ts";
import { type PerceptronModel, scores } from "./perceptron.ts";
import shipped from "./pieceRoles.json" with { type: "json" };

export function judgeFrom(model: PerceptronModel): PieceJudge {
  const title = model.labels.indexOf("title");
  const organisation = model.labels.indexOf("organisation");
  return (piece, context) => {
    const s = scores(model, pieceFeatures(piece, context));
    const best = (except: number) => Math.max(...s.filter((_, i) => i !== except));
    return {
      title: title === -1 ? 0 : s[title] - best(title),
      organisation: organisation === -1 ? 0 : s[organisation] - best(organisation),
    };
  };
}

let cached: PieceJudge | null = null;
export function defaultPieceJudge(): PieceJudge | null {
  if ((shipped as PerceptronModel).labels.length === 0) return null;
  cached ??= judgeFrom(shipped as PerceptronModel);
  return cached;
}
