<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>CaptionDemo</name>
    <message>
        <source>Caption</source>
        <translation>캡션</translation>
    </message>
    <message>
        <source>Word by word</source>
        <translation>단어별 디코딩</translation>
    </message>
    <message>
        <source>Hand-made decoder</source>
        <translation>손으로 만든 디코더</translation>
    </message>
    <message>
        <source>Dates (sequence to sequence)</source>
        <translation>날짜 (시퀀스-투-시퀀스)</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>훈련</translation>
    </message>
    <message>
        <source>Beam search beats greedy</source>
        <translation>빔 탐색이 탐욕적 디코딩을 이김</translation>
    </message>
    <message>
        <source>Length normalisation changes the winner</source>
        <translation>길이 정규화가 승자를 바꿈</translation>
    </message>
    <message>
        <source>Attention follows the digit</source>
        <translation>어텐션이 숫자를 따라감</translation>
    </message>
    <message>
        <source>A combination it never saw</source>
        <translation>본 적 없는 조합</translation>
    </message>
    <message>
        <source>Without attention</source>
        <translation>어텐션 없음</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>A pretrained model could not be loaded ({error}); the page uses an untrained one.</source>
        <translation>사전 훈련된 모델을 불러올 수 없습니다({error}). 이 페이지는 훈련되지 않은 모델을 씁니다.</translation>
    </message>
    <message>
        <source>Caption demo</source>
        <translation>캡션 데모</translation>
    </message>
    <message>
        <source>A small CNN reads a scene of coloured digits, and an LSTM writes its caption word by word, looking at one part of the picture for each word. Compare greedy decoding with beam search, step through the words, and translate dates with the same decoder.</source>
        <translation>작은 CNN이 색깔 있는 숫자들의 장면을 읽고, LSTM이 단어마다 그림의 한 부분을 보며 캡션을 한 단어씩 씁니다. 탐욕적 디코딩과 빔 탐색을 비교하고, 단어를 하나씩 따라가 보고, 같은 디코더로 날짜를 번역해 보세요.</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>프리셋:</translation>
    </message>
    <message>
        <source>The saved experiment is not a set of page settings.</source>
        <translation>저장된 실험이 페이지 설정의 모음이 아닙니다.</translation>
    </message>
    <message>
        <source>The saved scene is not one this page can draw.</source>
        <translation>저장된 장면은 이 페이지가 그릴 수 있는 장면이 아닙니다.</translation>
    </message>
    <message>
        <source>Write a date, e.g. “3 Mar 21”</source>
        <translation>날짜를 쓰세요. 예: “3 Mar 21”</translation>
    </message>
    <message>
        <source>Examples…</source>
        <translation>예시…</translation>
    </message>
    <message>
        <source>With attention</source>
        <translation>어텐션 사용</translation>
    </message>
    <message>
        <source>Length normalisation</source>
        <translation>길이 정규화</translation>
    </message>
    <message>
        <source>Written date:</source>
        <translation>글로 쓴 날짜:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>Beam size:</source>
        <translation>빔 크기:</translation>
    </message>
    <message>
        <source>Attention between characters</source>
        <translation>문자 사이의 어텐션</translation>
    </message>
    <message>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>The model without attention reads one summary of the whole input.</source>
        <translation>어텐션이 없는 모델은 입력 전체의 요약 하나만 읽습니다.</translation>
    </message>
    <message>
        <source>Each row is one output character; its colours show which input characters it read.</source>
        <translation>한 행이 출력 문자 하나입니다. 색은 그 문자가 어떤 입력 문자를 읽었는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>Write a date to translate.</source>
        <translation>번역할 날짜를 쓰세요.</translation>
    </message>
    <message>
        <source>A written date has at most {n} characters.</source>
        <translation>날짜는 최대 {n}자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The translator never saw these characters: {chars}</source>
        <translation>번역기가 본 적 없는 문자입니다: {chars}</translation>
    </message>
    <message>
        <source>Log-probability of this output: {lp:.3f}</source>
        <translation>이 출력의 로그 확률: {lp:.3f}</translation>
    </message>
    <message>
        <source>The saved date settings are not ones this page can use.</source>
        <translation>저장된 날짜 설정은 이 페이지가 쓸 수 있는 설정이 아닙니다.</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>한 단계 앞으로</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>처음부터</translation>
    </message>
    <message>
        <source>Teacher forcing</source>
        <translation>교사 강요</translation>
    </message>
    <message>
        <source>On: each step is fed the true word, as in training. Off: the model is fed its own favourite word (free running), as when it captions a new scene.</source>
        <translation>켜면: 훈련할 때처럼 단계마다 정답 단어를 입력합니다. 끄면: 새 장면에 캡션을 붙일 때처럼 모델이 가장 좋아하는 자기 단어를 입력합니다(자유 실행).</translation>
    </message>
    <message>
        <source>The five most likely next words:</source>
        <translation>다음 단어 후보 5개와 확률:</translation>
    </message>
    <message>
        <source>Attention for the next word</source>
        <translation>다음 단어의 어텐션</translation>
    </message>
    <message>
        <source>The averaged-features model has no attention.</source>
        <translation>평균 특징 모델에는 어텐션이 없습니다.</translation>
    </message>
    <message>
        <source>The caption is finished. Step back to change it.</source>
        <translation>캡션이 끝났습니다. 바꾸려면 뒤로 가세요.</translation>
    </message>
    <message>
        <source>Teacher forcing: the next step is fed the true word “{word}”, whatever the model prefers.</source>
        <translation>교사 강요: 모델이 무엇을 고르든 다음 단계에는 정답 단어 “{word}”를 입력합니다.</translation>
    </message>
    <message>
        <source>Free running: the next step is fed the model&apos;s own most likely word.</source>
        <translation>자유 실행: 다음 단계에는 모델 자신이 가장 그럴듯하다고 본 단어를 입력합니다.</translation>
    </message>
    <message>
        <source>test scene</source>
        <translation>테스트 장면</translation>
    </message>
    <message>
        <source>Greedy trap</source>
        <translation>탐욕의 함정</translation>
    </message>
    <message>
        <source>Short or long</source>
        <translation>짧게 또는 길게</translation>
    </message>
    <message>
        <source>Decoder:</source>
        <translation>디코더:</translation>
    </message>
    <message>
        <source>Greedy: “{text}”, probability {p:.4f}</source>
        <translation>탐욕적 디코딩: “{text}”, 확률 {p:.4f}</translation>
    </message>
    <message>
        <source>Beam search: “{text}”, probability {p:.4f}</source>
        <translation>빔 탐색: “{text}”, 확률 {p:.4f}</translation>
    </message>
    <message>
        <source>Captioner</source>
        <translation>캡션 모델</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>훈련 손실</translation>
    </message>
    <message>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>cross-entropy per word</source>
        <translation>단어당 교차 엔트로피</translation>
    </message>
    <message>
        <source>Press Play to train a captioner from scratch.</source>
        <translation>재생을 누르면 캡션 모델을 처음부터 훈련합니다.</translation>
    </message>
    <message>
        <source>While it trains, these test scenes are captioned every {n} steps.</source>
        <translation>훈련하는 동안 {n}단계마다 이 테스트 장면들에 캡션을 답니다.</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>단계 수:</translation>
    </message>
    <message>
        <source>After step {step}:</source>
        <translation>{step}단계 뒤:</translation>
    </message>
    <message>
        <source>loss of each batch</source>
        <translation>미니배치마다의 손실</translation>
    </message>
    <message>
        <source>After {steps} steps it captions the test scene: “{text}”. It is now a choice in the Caption tab.</source>
        <translation>{steps}단계 뒤 테스트 장면의 캡션: “{text}”. 이제 캡션 탭에서 이 모델을 고를 수 있습니다.</translation>
    </message>
    <message>
        <source>Training diverged (the loss is no longer a number); the pretrained models are unchanged.</source>
        <translation>훈련이 발산했습니다(손실이 더는 수가 아닙니다). 사전 훈련된 모델은 그대로입니다.</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>유지</translation>
    </message>
    <message>
        <source>pruned</source>
        <translation>가지치기됨</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>끝남</translation>
    </message>
    <message>
        <source>cut at the longest length</source>
        <translation>최대 길이에서 잘림</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>단어</translation>
    </message>
    <message>
        <source>Log-probability</source>
        <translation>로그 확률</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>New scene</source>
        <translation>새 장면</translation>
    </message>
    <message>
        <source>Draw another scene from the 1,000 test digits</source>
        <translation>테스트 숫자 1,000개로 다른 장면을 만듭니다</translation>
    </message>
    <message>
        <source>Seen combinations</source>
        <translation>훈련에서 본 조합</translation>
    </message>
    <message>
        <source>A held-out combination</source>
        <translation>빼 둔 조합 하나</translation>
    </message>
    <message>
        <source>Held-out colour–digit pairs never appeared in training</source>
        <translation>빼 둔 색–숫자 조합은 훈련에 한 번도 나오지 않았습니다</translation>
    </message>
    <message>
        <source>Averaged features</source>
        <translation>평균 특징</translation>
    </message>
    <message>
        <source>Trained on this page</source>
        <translation>이 페이지에서 훈련한 모델</translation>
    </message>
    <message>
        <source>1 is greedy decoding: always the most likely word</source>
        <translation>1은 탐욕적 디코딩입니다: 늘 가장 그럴듯한 단어</translation>
    </message>
    <message>
        <source>Rank finished captions by log-probability per word</source>
        <translation>끝난 캡션을 단어당 로그 확률로 순위를 매깁니다</translation>
    </message>
    <message>
        <source>Attention over the 8 × 8 grid</source>
        <translation>8 × 8 격자 위의 어텐션</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>The beam size must be a whole number from {lo} to {hi}, not {value}.</source>
        <translation>빔 크기는 {lo}에서 {hi} 사이의 정수여야 합니다({value}는 안 됩니다).</translation>
    </message>
    <message>
        <source>Greedy (beam 1): {text}</source>
        <translation>탐욕적 디코딩 (빔 1): {text}</translation>
    </message>
    <message>
        <source>right</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>오답</translation>
    </message>
    <message>
        <source>The scene&apos;s true caption: {text} ({verdict})</source>
        <translation>장면의 실제 캡션: {text} ({verdict})</translation>
    </message>
    <message>
        <source>This model, greedy, on {n} test scenes each: {seen:.1f} % exactly right on seen combinations, {held:.1f} % on held-out ones (BLEU-4 {bleu_seen:.3f} and {bleu_held:.3f}).</source>
        <translation>이 모델의 탐욕적 디코딩, 각각 테스트 장면 {n}개: 본 조합에서 {seen:.1f} %, 빼 둔 조합에서 {held:.1f} %가 정확 일치 (BLEU-4 {bleu_seen:.3f}, {bleu_held:.3f}).</translation>
    </message>
    <message>
        <source>The captioner you trained in the Train tab.</source>
        <translation>훈련 탭에서 직접 훈련한 캡션 모델입니다.</translation>
    </message>
    <message>
        <source>Where the model looked to write this word</source>
        <translation>모델이 이 단어를 쓰려고 본 곳</translation>
    </message>
    <message>
        <source>Word “{word}”: the weights sum to {total:.2f}</source>
        <translation>단어 “{word}”: 가중치의 합은 {total:.2f}</translation>
    </message>
    <message>
        <source>where it looks for “{word}”</source>
        <translation>“{word}”를 위해 보는 곳</translation>
    </message>
    <message>
        <source>The saved beam size is not a number from 1 to 10.</source>
        <translation>저장된 빔 크기가 1에서 10 사이의 수가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>PageSpec</name>
    <message>
        <source>Caption demo</source>
        <translation>캡션 데모</translation>
    </message>
    <message>
        <source>A CNN reads a scene of coloured digits and an LSTM writes its caption word by word: greedy against beam search, attention per word, and dates translated</source>
        <translation>CNN이 색깔 있는 숫자 장면을 읽고 LSTM이 캡션을 한 단어씩 씁니다: 탐욕적 디코딩 대 빔 탐색, 단어마다의 어텐션, 날짜 번역</translation>
    </message>
    <message>
        <source>Image captioning</source>
        <translation>영상 설명 생성(이미지 캡셔닝)</translation>
    </message>
    <message>
        <source>Soft attention</source>
        <translation>소프트 어텐션</translation>
    </message>
    <message>
        <source>Beam search</source>
        <translation>빔 탐색</translation>
    </message>
    <message>
        <source>Teacher forcing</source>
        <translation>교사 강요</translation>
    </message>
    <message>
        <source>Sequence to sequence</source>
        <translation>시퀀스-투-시퀀스</translation>
    </message>
</context>
</TS>
